package org.econfacts.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Known entities and their aliases, from {@code extraction/common/entities.yaml}. */
public final class EntityGazetteer {

    public record Entry(String name, String type, List<String> aliases) {}

    record EntryFile(List<Entry> entities) {}

    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, Entry> asWritten = new HashMap<>();
    private final ScriptFolder folder;

    public EntityGazetteer(ScriptFolder folder) {
        this.folder = folder;
        for (Entry e : load()) {
            byKey.put(key(e.name()), e);
            asWritten.put(e.name(), e);
            e.aliases().forEach(a -> {
                byKey.put(key(a), e);
                asWritten.put(a, e);
            });
        }
    }

    private static List<Entry> load() {
        String path = "extraction/common/entities.yaml";
        EntryFile file = YamlResources.read(path, EntryFile.class);
        for (Entry e : file.entities()) {
            if (e.name() == null || e.type() == null || e.aliases() == null) {
                throw new IllegalStateException(path + ": entry needs name, type and aliases: " + e);
            }
        }
        return file.entities();
    }

    public Optional<Entry> lookup(String mention) {
        return Optional.ofNullable(byKey.get(key(mention)));
    }

    /** Every alias written in Han characters (they can be searched for in unsegmented text). */
    public Map<String, Entry> chineseAliases() {
        Map<String, Entry> out = new HashMap<>();
        byKey.forEach((k, e) -> {
            if (k.length() >= 2 && Character.UnicodeScript.of(k.charAt(0)) == Character.UnicodeScript.HAN) {
                out.put(k, e);
            }
        });
        return out;
    }

    /**
     * Names and aliases in Latin script as written in the file, three characters or longer (two-letter
     * acronyms such as US or EU are left to the tagger: too many false hits as plain words).
     */
    public Map<String, Entry> latinAliases() {
        Map<String, Entry> out = new HashMap<>();
        asWritten.forEach((alias, e) -> {
            if (alias.length() >= 3 && alias.chars().allMatch(c -> c < 0x3000)) {
                out.put(alias, e);
            }
        });
        return out;
    }

    String key(String mention) {
        return folder.fold(mention.strip()).text().toLowerCase(Locale.ROOT);
    }
}
