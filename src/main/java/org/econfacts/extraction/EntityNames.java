package org.econfacts.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each entity of a document one canonical name: a known alias takes the gazetteer's name
 * (SCO, 上合組織 → Shanghai Cooperation Organization); an acronym spelled out elsewhere in the
 * document takes the spelled-out form; Chinese names are otherwise folded to Simplified so both
 * scripts meet; anything else keeps its written form.
 */
public final class EntityNames {

    private static final Pattern CAPITALISED_RUN =
            Pattern.compile("\\b[A-Z][\\w'-]*(?:\\s+(?:of|and|for|the|on|[A-Z][\\w'-]*)){1,7}");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    private final EntityGazetteer gazetteer;
    private final ScriptFolder folder;

    public EntityNames(EntityGazetteer gazetteer, ScriptFolder folder) {
        this.gazetteer = gazetteer;
        this.folder = folder;
    }

    public List<Finding> apply(List<Finding> findings, String text) {
        return findings.stream().map(f -> f.with(f.category(), canonical(f.entities(), text))).toList();
    }

    /** One entry per canonical name, in order of first mention. */
    private List<EntityRef> canonical(List<EntityRef> entities, String text) {
        java.util.Map<String, EntityRef> byName = new java.util.LinkedHashMap<>();
        for (EntityRef e : entities) {
            EntityRef named = e.withName(canonical(e.mention(), text));
            byName.putIfAbsent(named.name(), named);
        }
        return List.copyOf(byName.values());
    }

    String canonical(String mention, String text) {
        var known = gazetteer.lookup(mention);
        if (known.isPresent()) {
            return known.get().name();
        }
        if (ACRONYM.matcher(mention).matches()) {
            Matcher m = CAPITALISED_RUN.matcher(text);
            while (m.find()) {
                if (initials(m.group()).equals(mention)) {
                    return m.group();
                }
            }
        }
        boolean han = mention.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? folder.fold(mention).text() : mention;
    }

    private static String initials(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
