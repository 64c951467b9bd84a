package org.econfacts.normalization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names quantities are stored in, the same for every language ({@code normalization/quantity-units.txt}):
 * "tonnes" whether the article wrote "metric tons" or 吨. A language's lexicon may only map its unit words
 * to one of these, so a query for one unit finds the facts of every language.
 */
public final class QuantityUnits {

    private static final String RESOURCE = "normalization/quantity-units.txt";
    private static final Set<String> NAMES = load();

    private QuantityUnits() {}

    /** Whether {@code unit} is a stored unit name. */
    public static boolean isKnown(String unit) {
        return NAMES.contains(unit);
    }

    /** Every stored unit name, in the file's order. */
    public static Set<String> names() {
        return NAMES;
    }

    private static Set<String> load() {
        InputStream in = QuantityUnits.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing " + RESOURCE);
        }
        Set<String> out = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#") && !out.add(name)) {
                    throw new IllegalStateException(RESOURCE + ": '" + name + "' is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSet(out);
    }
}
