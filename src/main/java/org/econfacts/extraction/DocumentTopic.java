package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.econfacts.normalization.FigureKind;

/**
 * The AboutDocument stage (entities and categories from the document): a story about one country, region or company reports its figures about it
 * unless the sentence names someone else ("Exports rose 12 pct" in a story on Colombia; 全省 in a
 * provincial release). The document's topic is the place or organisation named in the most sentences
 * with figures, a place before an organisation when they tie (a statistics office reports on its
 * region), then the one named first; a name written in capitals (a dateline) loses ties. A figure whose sentence names no entity gets the topic; one
 * that names any keeps its own. Runs after {@link EntityNames}, on canonical names. A money or
 * quantity figure whose words gave no category takes the one its kind usually has in the document.
 */
public final class DocumentTopic {

    /** A name in capitals this long or longer reads as a dateline ("LIMA", "FRANKFURT"); "US" and "EU" do not. */
    private static final int DATELINE_LETTERS = 4;

    public List<Finding> apply(List<Finding> findings) {
        Map<String, EntityRef> first = new LinkedHashMap<>();
        Map<String, Set<String>> sentences = new LinkedHashMap<>();
        for (Finding f : findings) {
            for (EntityRef e : f.entities()) {
                first.putIfAbsent(e.name(), e);
                sentences.computeIfAbsent(e.name(), k -> new HashSet<>()).add(f.sentence());
            }
        }
        EntityRef topic = null;
        int best = 0;
        for (EntityRef e : first.values()) {
            // a dateline ("LIMA, May 12 -") says where the story was filed; it loses a tie to what it is about
            int n = 2 * sentences.get(e.name()).size() - (AllCapitals.test(e.mention(), DATELINE_LETTERS) ? 1 : 0);
            boolean placeOverOrganisation = n == best && topic != null && e.type().equals("LOCATION")
                    && !topic.type().equals("LOCATION");
            if (n > best || placeOverOrganisation) {
                topic = e;
                best = n;
            }
        }
        Map<FigureKind, Category> usual = usualCategories(findings);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<EntityRef> about = f.entities().isEmpty() && topic != null ? List.of(topic) : f.entities();
            Category category = f.category() == Category.OTHER || f.category() == null
                    ? usual.getOrDefault(f.mention().value().kind(), f.category()) : f.category();
            out.add(f.with(category, about));
        }
        return out;
    }

    /**
     * What the document's amounts and quantities usually measure: a category that at least two figures
     * of the kind have and more than any other. "87,259 wheat" in a story on cereal exports through a
     * port is an export like the figures around it; counts and percentages are left alone (a count of
     * ships or a rate is not what the tonnages are).
     */
    private static Map<FigureKind, Category> usualCategories(List<Finding> findings) {
        Map<FigureKind, Map<Category, Integer>> tally = new java.util.EnumMap<>(FigureKind.class);
        for (Finding f : findings) {
            FigureKind kind = f.mention().value().kind();
            if ((kind == FigureKind.MONEY || kind == FigureKind.QUANTITY) && f.category() != null
                    && f.category() != Category.OTHER) {
                tally.computeIfAbsent(kind, k -> new java.util.EnumMap<>(Category.class)).merge(f.category(), 1, Integer::sum);
            }
        }
        Map<FigureKind, Category> out = new java.util.EnumMap<>(FigureKind.class);
        tally.forEach((kind, counts) -> {
            int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Category> top = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
            if (best >= 2 && top.size() == 1) {
                out.put(kind, top.get(0));
            }
        });
        return out;
    }
}
