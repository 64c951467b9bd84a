package org.econfacts.extraction;

import java.util.List;
import java.util.Locale;
import org.econfacts.normalization.FigureKind;

/**
 * Assigns a {@link Category} from the fact's kind, change, subject and the sentence before it, by
 * the ordered rules of {@code extraction/common/categories.yaml}. Chinese text is matched folded to
 * Simplified; the rules are written once.
 */
public final class Categorizer {

    record Rule(Category category, List<FigureKind> kinds, Boolean change, List<String> units, List<String> subject,
            List<String> context) {}

    record RuleFile(List<Rule> rules) {}

    private final List<Rule> rules;
    private final ScriptFolder folder;

    public Categorizer(ScriptFolder folder) {
        this.folder = folder;
        this.rules = load();
    }

    private static List<Rule> load() {
        String path = "extraction/common/categories.yaml";
        RuleFile file = YamlResources.read(path, RuleFile.class);
        if (file.rules() == null || file.rules().isEmpty() || file.rules().stream().anyMatch(r -> r.category() == null)) {
            throw new IllegalStateException(path + ": every rule needs a category");
        }
        return file.rules();
    }

    /**
     * @param before the sentence text before the figure (and the figure itself)
     */
    public Category categorize(Mention m, String subject, String before) {
        String s = normalize(subject == null ? "" : subject);
        String c = normalize(before == null ? "" : before);
        // the subject decides first; the sentence only when no rule's subject words match
        for (Rule r : rules) {
            boolean unit = r.units() != null && m.value().unit() != null
                    && r.units().contains(folder.fold(m.value().unit()).text());
            if (applies(r, m) && (r.subject() == null && r.context() == null && r.units() == null || unit
                    || matches(s, r.subject()))) {
                return r.category();
            }
        }
        for (Rule r : rules) {
            if (applies(r, m) && matches(c, r.context())) {
                return r.category();
            }
        }
        return Category.OTHER;
    }

    private static boolean applies(Rule r, Mention m) {
        return (r.kinds() == null || r.kinds().contains(m.value().kind()))
                && (r.change() == null || r.change() == (m.change() != null));
    }

    private String normalize(String text) {
        return " " + folder.fold(text).text().toLowerCase(Locale.ROOT) + " ";
    }

    private static boolean matches(String text, List<String> words) {
        if (words == null) {
            return false;
        }
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            boolean latin = !word.isEmpty() && Character.isLetter(word.charAt(0)) && word.charAt(0) < 0x3000;
            int i = text.indexOf(word);
            while (i >= 0) {
                if (!latin || i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                    return true;
                }
                i = text.indexOf(word, i + 1);
            }
        }
        return false;
    }
}
