package org.econfacts.extraction.lang.en;

import java.util.List;
import java.util.Optional;
import org.econfacts.extraction.FigureRecognizer;
import org.econfacts.extraction.Language;
import org.econfacts.extraction.LanguageRules;

/** Builds the English rule set from {@code extraction/en/}. (placeholder: recognises nothing yet) */
public final class EnglishRules {
    private EnglishRules() {}

    public static LanguageRules create() {
        FigureRecognizer none = new FigureRecognizer() {
            @Override
            public boolean reads(Language language) {
                return language == Language.EN;
            }

            @Override
            public List<org.econfacts.extraction.Mention> recognize(
                    org.econfacts.extraction.Sentence sentence, java.time.LocalDate referenceDate) {
                return List.of();
            }
        };
        return new LanguageRules(text -> Optional.empty(), (text, ref) -> Optional.empty(), none);
    }
}
