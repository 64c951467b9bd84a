package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisations and places of one sentence: runs of CoreNLP named-entity tags (and, for Chinese,
 * proper nouns the tagger left untyped), plus known aliases the segmenter may have split
 * ("两江新区"). Names are as written; {@link EntityNames} makes them canonical per document.
 */
public final class EntityCollector {

    private static final Map<String, String> TYPES = Map.of(
            "ORGANIZATION", "ORGANIZATION", "LOCATION", "LOCATION", "GPE", "LOCATION", "COUNTRY", "LOCATION",
            "CITY", "LOCATION", "STATE_OR_PROVINCE", "LOCATION", "FACILITY", "LOCATION");

    private final EntityGazetteer gazetteer;
    private final Map<String, EntityGazetteer.Entry> hanAliases;
    private final Map<String, EntityGazetteer.Entry> latinAliases;

    public EntityCollector(EntityGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.hanAliases = gazetteer.chineseAliases();
        this.latinAliases = gazetteer.latinAliases();
    }

    /**
     * @param sentence the sentence, with its folded text
     * @param tokens its tagged words
     * @param text the document as submitted
     * @param style how the sentence's language tags and writes entities (its profile's)
     */
    public List<EntityRef> collect(Sentence sentence, List<Token> tokens, String text, LanguageProfile.Entities style) {
        Map<String, EntityRef> found = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String type = typeOf(t, style);
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && type.equals(typeOf(tokens.get(j), style))
                    && java.util.Objects.equals(tokens.get(j).ner(), t.ner())) {
                j++;
            }
            String mention = text.substring(t.start(), tokens.get(j - 1).end());
            if (!isLoneHan(mention)) {
                // an untyped proper noun the gazetteer knows (中国 tagged NR only) takes the gazetteer's type
                String known = type.equals("OTHER")
                        ? gazetteer.lookup(mention).map(EntityGazetteer.Entry::type).orElse(type) : type;
                found.putIfAbsent(gazetteer.key(mention), new EntityRef(mention, mention, known));
            }
            i = j;
        }
        boolean words = style.aliases() == LanguageProfile.AliasSearch.LATIN_WORDS;
        addAliases(found, sentence.folded(), sentence, words ? latinAliases : hanAliases, words);
        return new ArrayList<>(found.values());
    }

    /**
     * Adds the gazetteer aliases written in the sentence that the tagger missed or mis-segmented
     * ("重庆中欧班列" tagged as 重庆中 + 欧; "Chongqing-made"). Longer aliases claim their characters first,
     * so 上海 inside 上海合作组织 is not a second entity; an entity already found under another alias is
     * not added twice. Latin aliases must stand as words and are matched as written (US, not "us").
     */
    private void addAliases(Map<String, EntityRef> found, String searched, Sentence sentence,
            Map<String, EntityGazetteer.Entry> aliases, boolean wholeWords) {
        boolean[] claimed = new boolean[searched.length()];
        if (wholeWords) { // "Latin America" as tagged keeps its "America" (Chinese: the segmenter may be wrong)
            for (EntityRef f : found.values()) {
                for (int at = searched.indexOf(f.mention()); at >= 0; at = searched.indexOf(f.mention(), at + 1)) {
                    java.util.Arrays.fill(claimed, at, at + f.mention().length(), true);
                }
            }
        }
        aliases.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, EntityGazetteer.Entry> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String alias = e.getKey();
                    for (int at = searched.indexOf(alias); at >= 0; at = searched.indexOf(alias, at + 1)) {
                        int end = at + alias.length();
                        if (isClaimed(claimed, at, end) || wholeWords && !standsAlone(searched, at, end)) {
                            continue;
                        }
                        java.util.Arrays.fill(claimed, at, end, true);
                        boolean known = found.values().stream().anyMatch(f -> gazetteer.lookup(f.mention())
                                .map(g -> g.name().equals(e.getValue().name())).orElse(false));
                        if (!known && !found.containsKey(gazetteer.key(alias))) {
                            String mention = sentence.text().substring(at, end);
                            found.put(gazetteer.key(alias), new EntityRef(mention, mention, e.getValue().type()));
                        }
                    }
                });
    }

    private static boolean isClaimed(boolean[] claimed, int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    /** A Latin alias is a word of its own: not inside a longer word, and not a currency prefix ("US$"). */
    private static boolean standsAlone(String s, int from, int to) {
        boolean before = from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1));
        boolean after = to == s.length() || !Character.isLetterOrDigit(s.charAt(to)) && s.charAt(to) != '$';
        return before && after;
    }

    /** A single Han character (港, 欧, 亚) is an abbreviation too ambiguous to name an entity. */
    private static boolean isLoneHan(String mention) {
        return mention.length() == 1 && Character.UnicodeScript.of(mention.charAt(0)) == Character.UnicodeScript.HAN;
    }

    private static String typeOf(Token t, LanguageProfile.Entities style) {
        String type = t.ner() == null ? null : TYPES.get(t.ner());
        if (type == null && t.pos() != null && style.untypedNameTags().contains(t.pos())) {
            return "OTHER";
        }
        return type;
    }
}
