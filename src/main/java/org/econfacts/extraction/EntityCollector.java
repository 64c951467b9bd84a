package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisations and places of one sentence: runs of CoreNLP named-entity tags (and, for Chinese,
 * proper nouns the tagger left untyped), plus known aliases the segmenter may have split
 * ("两江新区"). Names are as written; {@link EntityNames} makes them canonical per document.
 */
public final class EntityCollector {

    private static final Map<String, String> TYPES = Map.of(
            "ORGANIZATION", "ORGANIZATION", "LOCATION", "LOCATION", "GPE", "LOCATION", "COUNTRY", "LOCATION",
            "CITY", "LOCATION", "STATE_OR_PROVINCE", "LOCATION", "FACILITY", "LOCATION");
    private static final Set<String> CHINESE_PROPER = Set.of("NR");

    private final EntityGazetteer gazetteer;
    private final ScriptFolder folder;
    private final Map<String, EntityGazetteer.Entry> chineseAliases;

    public EntityCollector(EntityGazetteer gazetteer, ScriptFolder folder) {
        this.gazetteer = gazetteer;
        this.folder = folder;
        this.chineseAliases = gazetteer.chineseAliases();
    }

    public List<EntityRef> collect(Sentence sentence, List<TaggedToken> tokens, String text) {
        Map<String, EntityRef> found = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            TaggedToken t = tokens.get(i);
            String type = typeOf(t, sentence.language());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && type.equals(typeOf(tokens.get(j), sentence.language()))
                    && tokens.get(j).ner().equals(t.ner())) {
                j++;
            }
            String mention = text.substring(t.start(), tokens.get(j - 1).end());
            found.putIfAbsent(gazetteer.key(mention), new EntityRef(mention, mention, type));
            i = j;
        }
        if (sentence.language().isChinese()) {
            String folded = folder.fold(sentence.text()).text();
            chineseAliases.forEach((alias, entry) -> {
                int at = folded.indexOf(alias);
                if (at >= 0 && found.keySet().stream().noneMatch(k -> k.contains(alias))) {
                    String mention = sentence.text().substring(at, at + alias.length());
                    found.put(alias, new EntityRef(mention, mention, entry.type()));
                }
            });
        }
        return new ArrayList<>(found.values());
    }

    private static String typeOf(TaggedToken t, Language language) {
        String type = t.ner() == null ? null : TYPES.get(t.ner());
        if (type == null && language.isChinese() && CHINESE_PROPER.contains(t.pos())) {
            return "OTHER";
        }
        return type;
    }
}
