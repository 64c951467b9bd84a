package org.econfacts.extraction;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The language profiles of the process, one per language family, built once. Every {@link Language}
 * must have one: an unsupported language is an error at start-up, not a silent fallback.
 */
public final class LanguageProfiles {

    private final Map<String, LanguageProfile> byFamily;

    public LanguageProfiles(List<LanguageProfile> profiles) {
        this.byFamily = profiles.stream().collect(Collectors.toUnmodifiableMap(LanguageProfile::family, Function.identity()));
        for (Language l : Language.values()) {
            if (!byFamily.containsKey(l.family())) {
                throw new IllegalStateException("no language profile for " + l.tag());
            }
        }
    }

    public LanguageProfile of(Language language) {
        return byFamily.get(language.family());
    }

    /** Every profile, by family ({@code en}, {@code zh}). */
    public Map<String, LanguageProfile> families() {
        return byFamily;
    }
}
