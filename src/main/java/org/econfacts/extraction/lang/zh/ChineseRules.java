package org.econfacts.extraction.lang.zh;

import java.util.List;
import java.util.Optional;
import org.econfacts.extraction.FigureRecognizer;
import org.econfacts.extraction.Language;
import org.econfacts.extraction.LanguageRules;

/** Builds the Chinese rule set from {@code extraction/zh/}. (placeholder: recognises nothing yet) */
public final class ChineseRules {
    private ChineseRules() {}

    public static LanguageRules create() {
        FigureRecognizer none = new FigureRecognizer() {
            @Override
            public boolean reads(Language language) {
                return language.isChinese();
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
