package org.econfacts.ingest;

import org.econfacts.api.DomainException;
import org.econfacts.extraction.ModelsLoadingException;

/**
 * Failures that pass by themselves: every extraction thread busy, the database unreachable, or the
 * models of the article's language not loaded (still loading, or failed until a restart).
 */
final class Transient {

    private Transient() {}

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException.Overloaded
                    || t instanceof ModelsLoadingException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
