package org.econfacts.extraction;

import java.util.Arrays;
import java.util.Optional;

/** Languages and scripts the service reads, as BCP 47 tags. */
public enum Language {
    EN("en"),
    ZH_HANT("zh-Hant"),
    ZH_HANS("zh-Hans");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag used in the API and the store. */
    public String tag() {
        return tag;
    }

    public boolean isChinese() {
        return this != EN;
    }

    /** Parses a tag case-insensitively; {@code zh} alone is not a script and returns empty. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.trim())).findFirst();
    }
}
