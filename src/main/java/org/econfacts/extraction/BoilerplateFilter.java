package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Clean stage: finds the lines of a document that are page furniture (navigation, credits,
 * contact and registration footers) from {@code extraction/common/boilerplate.yaml}. It returns
 * excluded ranges rather than rewriting the text, so offsets never drift.
 */
public final class BoilerplateFilter {

    record Rule(String name, String regex) {}

    record RuleFile(List<Rule> patterns) {}

    private final List<Pattern> patterns;

    public BoilerplateFilter() {
        this.patterns = load().patterns().stream().map(r -> Pattern.compile(r.regex())).toList();
    }

    private static RuleFile load() {
        RuleFile file = YamlResources.read("extraction/common/boilerplate.yaml", RuleFile.class);
        if (file.patterns() == null || file.patterns().isEmpty()) {
            throw new IllegalStateException("extraction/common/boilerplate.yaml has no patterns");
        }
        return file;
    }

    /** Half-open [start, end) ranges of boilerplate lines. */
    public List<int[]> boilerplate(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            // only short lines can be furniture: a long paragraph that cites a phone number stays
            if (end - start < 200 && matches(text.substring(start, end))) {
                out.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return out;
    }

    /** A sentence end ("…yuan.", "…增長。") marks prose, which is never furniture even if it cites a phone number. */
    private static final Pattern PROSE = Pattern.compile("[。！？]|\\p{Ll}{2}[.!?](?:\\s|$)");

    private boolean matches(String line) {
        if (PROSE.matcher(line).find()) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
