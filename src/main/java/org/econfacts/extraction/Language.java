package org.econfacts.extraction;

import java.util.Arrays;
import java.util.Optional;

/** Languages and scripts the service reads, as BCP 47 tags. */
public enum Language {
    EN("en", "en"),
    ZH_HANT("zh-Hant", "zh"),
    ZH_HANS("zh-Hans", "zh");

    private final String tag;
    private final String family;

    Language(String tag, String family) {
        this.tag = tag;
        this.family = family;
    }

    /** The BCP 47 tag used in the API and the store. */
    public String tag() {
        return tag;
    }

    /**
     * The language without its script ({@code en}, {@code zh}): the key of its {@link LanguageProfile},
     * of {@code extraction/<family>/} and of {@code corenlp/<family>-*.properties}. Scripts of one
     * family share one profile, since text is folded before matching.
     */
    public String family() {
        return family;
    }

    /** Whether this is a Chinese script. For tools; the pipeline asks the {@link LanguageProfile} instead. */
    public boolean isChinese() {
        return family.equals("zh");
    }

    /** Parses a tag case-insensitively; {@code zh} alone is not a script and returns empty. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.trim())).findFirst();
    }
}
