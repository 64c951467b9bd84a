package org.econfacts.statistic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.econfacts.extraction.Category;
import org.econfacts.extraction.EntityRef;
import org.econfacts.extraction.Extraction;
import org.econfacts.extraction.Finding;
import org.econfacts.extraction.Link;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.PairTwins;
import org.econfacts.extraction.ScriptFolder;
import org.econfacts.extraction.YamlResources;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureKind;

/**
 * Which statistic a fact reports: one real-world number, the same in every article and language that states
 * it. Its identity is the kind and unit, level or change (and the basis of a change), the category, the
 * measure (from the subject, through {@code statistic/measures.yaml}), the entities (canonical names, so SCO
 * and 上合組織 agree) and the period. A fact with no period or no measure has no identity: it is a statistic
 * of its own, as are the facts of one document that share an identity but not a value. Within one document the links are evidence: a twin in the other language and a repeat report
 * the statistic of the fact they are linked to, the upper end of a range the upper bound of its lower end's.
 * Pure and thread-safe.
 */
public final class StatisticIdentity {

    record Measures(Map<String, List<String>> measures, Map<String, List<String>> units) {}

    private final ScriptFolder folder;
    /** Phrases, longest first, each with its measure. */
    private final List<Map.Entry<String, String>> phrases = new ArrayList<>();
    private final Map<String, String> units = new HashMap<>();

    public StatisticIdentity(ScriptFolder folder) {
        this.folder = folder;
        Measures m = YamlResources.readComplete("statistic/measures.yaml", Measures.class);
        Map<String, String> seen = new HashMap<>();
        m.measures().forEach((measure, words) -> words.forEach(w -> {
            String phrase = fold(w);
            String before = seen.put(phrase, measure);
            if (before != null && !before.equals(measure)) {
                throw new IllegalStateException("statistic/measures.yaml: '" + w + "' names " + before + " and " + measure);
            }
        }));
        seen.forEach((phrase, measure) -> phrases.add(Map.entry(phrase, measure)));
        phrases.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()
                .thenComparing(Map.Entry::getKey));
        m.units().forEach((unit, spellings) -> spellings.forEach(s -> units.put(s.toLowerCase(Locale.ROOT), unit)));
    }

    /**
     * The identity of each finding of a document (null: a statistic of its own), in findings order. Links
     * pass identities on: twins and repeats take the identity of the fact they name, range upper ends its upper bound.
     */
    public List<String> identities(Extraction x) {
        List<String> out = new ArrayList<>(x.findings().size());
        for (Finding f : x.findings()) {
            out.add(identity(f));
        }
        for (PairTwins.Twin t : x.twins()) { // the English statement names the statistic of both
            String english = out.get(t.english());
            out.set(t.chinese(), english != null ? english : out.get(t.chinese()));
        }
        ambiguousInDocument(x, out);
        for (Link l : x.links()) {
            String to = out.get(l.to());
            if (l.type() == Link.Type.SAME_AS) {
                out.set(l.from(), to);
            } else if (l.type() == Link.Type.UPPER_END_OF) { // the upper bound of the range the lower end reports
                out.set(l.from(), to == null ? null : to + "|upper end");
            }
        }
        return out;
    }

    /**
     * One article does not state one statistic twice with two values: when facts of a document share an identity
     * but disagree, the identity has missed what tells them apart (the country of each shipment in a list, the
     * part of a total), so none of them can be matched with confidence and each is a statistic of its own.
     */
    private static void ambiguousInDocument(Extraction x, List<String> identities) {
        Map<String, List<Integer>> byIdentity = new HashMap<>();
        for (int i = 0; i < identities.size(); i++) {
            if (identities.get(i) != null) {
                byIdentity.computeIfAbsent(identities.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : byIdentity.values()) {
            BigDecimal first = signed(x.findings().get(members.get(0)).mention());
            boolean disagree = members.stream().anyMatch(i -> !Reconcile.agree(first, signed(x.findings().get(i).mention())));
            if (disagree) {
                members.forEach(i -> identities.set(i, null));
            }
        }
    }

    private static BigDecimal signed(Mention m) {
        BigDecimal v = m.value().value();
        return m.change() != null && m.change().direction() == Change.Direction.DECREASE ? v.negate() : v;
    }

    /** The identity of one finding, or null when it cannot be told apart from others (no period, no measure). */
    public String identity(Finding f) {
        Mention m = f.mention();
        if (m.period() == null) {
            return null;
        }
        String measure = measure(m.subject());
        if (measure == null) {
            return null;
        }
        TreeSet<String> entities = new TreeSet<>();
        for (EntityRef e : f.entities()) {
            entities.add(e.name().toLowerCase(Locale.ROOT));
        }
        // a count's unit is its counted noun or measure word (companies, 家): the measure already says what is counted
        String unit = m.value().unit() == null || m.value().kind() == FigureKind.COUNT ? "" : m.value().unit();
        unit = units.getOrDefault(unit.toLowerCase(Locale.ROOT), unit);
        String change = m.change() == null ? "level"
                : "change " + (m.change().basis() == null ? "" : m.change().basis().name());
        Category category = f.category() == null ? Category.OTHER : f.category();
        return String.join("|", m.value().kind().name(), unit, change, category.name(), measure,
                String.join(";", entities), m.period().label());
    }

    /** The measure a subject names: the longest known phrase in it, else its own words; null for none. */
    String measure(String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        String s = fold(subject);
        for (Map.Entry<String, String> p : phrases) {
            if (contains(s, p.getKey())) {
                return p.getValue();
            }
        }
        String words = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceFirst("^(?:the|a|an) ", "");
        return words.isEmpty() ? null : words;
    }

    /** {@code phrase} in {@code s}: anywhere for Han phrases, as whole words otherwise. */
    private static boolean contains(String s, String phrase) {
        int at = s.indexOf(phrase);
        if (at < 0) {
            return false;
        }
        if (Character.UnicodeScript.of(phrase.codePointAt(0)) == Character.UnicodeScript.HAN) {
            return true;
        }
        while (at >= 0) {
            int end = at + phrase.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
            boolean right = end == s.length() || !Character.isLetterOrDigit(s.charAt(end));
            if (left && right) {
                return true;
            }
            at = s.indexOf(phrase, at + 1);
        }
        return false;
    }

    private String fold(String text) {
        return folder.fold(text).text().toLowerCase(Locale.ROOT);
    }

    /**
     * The statistic id of an identity: the first 128 bits of its SHA-256 in hex (32 characters), so every instance
     * computes the same id with no shared row, and two identities share one with a chance of about n²/2^129 (none
     * in practice, even over billions of statistics; 64 bits would not do at 10 million articles a day).
     */
    public static String id(String identity) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a statistic that only one fact reports (no identity). */
    public static String single(long factId) {
        return id("fact " + factId);
    }

    /** Whether {@code id} is written as statistic ids are (32 lower-case hex digits). */
    public static boolean wellFormed(String id) {
        return id != null && id.matches("[0-9a-f]{32}");
    }
}
