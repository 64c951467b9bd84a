package org.econfacts.extraction;

/** The caller declared a language the service does not read. */
public final class UnsupportedLanguageException extends RuntimeException {
    public UnsupportedLanguageException(String tag) {
        super("unsupported language '" + tag + "': use en, zh, zh-Hant, zh-Hans or a combination such as en+zh-Hant");
    }
}
