package org.econfacts.ingest;

import org.econfacts.api.DomainException;

/** Failures that pass by themselves: every extraction thread busy, or the database unreachable. */
final class Transient {

    private Transient() {}

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException.Overloaded
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
