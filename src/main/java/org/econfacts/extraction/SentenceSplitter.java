package org.econfacts.extraction;

import java.util.List;

/** Splits a passage into sentences with the splitter of its language's profile. */
public final class SentenceSplitter {

    private final LanguageProfiles profiles;

    public SentenceSplitter(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

    public List<Sentence> split(Passage passage) {
        return profiles.of(passage.language()).sentences().split(passage);
    }
}
