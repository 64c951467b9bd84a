package org.econfacts.bench;

import com.ibm.icu.text.Transliterator;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.econfacts.bench.Templates.Pair;

/**
 * Writes economic news articles from {@link Templates}, deterministically (fixed seed): English and
 * Chinese articles of about 1 000 words (≈ 1 650 Han characters, the size of the seed article's Chinese
 * half), and bilingual ones where each English paragraph (≈ 900 English words in all) is followed by
 * its Chinese twin, like the seed article. One sentence in five states figures (two or three each),
 * which gives roughly the figure density of the seed article; the rest are context.
 */
final class ArticleGenerator {

    private static final double FIGURE_SHARE = 0.2;
    private static final int ENGLISH_WORDS = 1000;
    private static final int BILINGUAL_ENGLISH_WORDS = 900;
    private static final int HAN_CHARS = 1650;
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 8, 27);

    private final Templates t = Templates.load();
    private final Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
    private final Random random;

    ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} articles of each set: en, zh-Hans, zh-Hant, en+zh. */
    List<Article> generate(int count) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Article("en", "en-" + i, english(), PUBLISHED));
        }
        for (int i = 0; i < count; i++) {
            out.add(new Article("zh-Hans", "zh-Hans-" + i, chinese(false), PUBLISHED));
        }
        for (int i = 0; i < count; i++) {
            out.add(new Article("zh-Hant", "zh-Hant-" + i, chinese(true), PUBLISHED));
        }
        for (int i = 0; i < count; i++) {
            out.add(new Article("en+zh", "en+zh-" + i, bilingual(i % 2 == 1), PUBLISHED));
        }
        return out;
    }

    private String english() {
        StringBuilder text = new StringBuilder();
        while (TextSize.englishWords(text) < ENGLISH_WORDS) {
            text.append(paragraph().en()).append("\n\n");
        }
        return text.toString();
    }

    private String chinese(boolean traditional) {
        StringBuilder text = new StringBuilder();
        while (TextSize.hanChars(text.toString()) < HAN_CHARS) {
            text.append(zh(paragraph().zh(), traditional)).append("\n\n");
        }
        return text.toString();
    }

    private String bilingual(boolean traditional) {
        StringBuilder text = new StringBuilder();
        while (TextSize.englishWords(text) < BILINGUAL_ENGLISH_WORDS) {
            Pair p = paragraph();
            text.append(p.en()).append("\n\n").append(zh(p.zh(), traditional)).append("\n\n");
        }
        return text.toString();
    }

    private String zh(String simplified, boolean traditional) {
        return traditional ? toTraditional.transliterate(simplified) : simplified;
    }

    /** Three to five sentences, in both languages. */
    private Pair paragraph() {
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            Pair s = random.nextDouble() < FIGURE_SHARE ? figureSentence() : pick(t.fillers());
            en.append(i == 0 ? "" : " ").append(s.en());
            zh.append(s.zh());
        }
        return new Pair(en.toString(), zh.toString());
    }

    private Pair figureSentence() {
        Pair template = pick(t.figures());
        Pair period = pick(t.periods());
        Pair year = literal(String.valueOf(2018 + random.nextInt(4)));
        List<Slot> slots = List.of(
                new Slot("{P}", period), new Slot("{Y}", year), new Slot("{S}", pick(t.subjects())),
                new Slot("{metric}", pick(t.metrics())), new Slot("{A}", pick(t.approximations())),
                new Slot("{M}", yuan()), new Slot("{U}", dollars()), new Slot("{C}", percent()),
                new Slot("{G}", percent()), new Slot("{N}", count()), new Slot("{Q}", quantity()));
        String en = template.en();
        String zh = template.zh();
        for (Slot s : slots) {
            en = en.replace(s.name(), s.value().en());
            zh = zh.replace(s.name(), s.value().zh());
        }
        return new Pair(capitalize(en), zh);
    }

    /** A slot of a template and its value in both languages. {P} comes before {Y}: periods hold a year. */
    private record Slot(String name, Pair value) {}

    /** 1.0–99.9 billion yuan = 10–999 亿元. */
    private Pair yuan() {
        BigDecimal billions = BigDecimal.valueOf(10 + random.nextInt(990), 1).stripTrailingZeros();
        return new Pair(plain(billions) + " billion yuan", plain(billions.movePointRight(1)) + "亿元");
    }

    /** $12–980 million = 1 200–98 000 万美元, written with 亿 from 100 million up. */
    private Pair dollars() {
        int millions = 12 + random.nextInt(969);
        String zh = millions >= 100
                ? plain(BigDecimal.valueOf(millions).movePointLeft(2).stripTrailingZeros()) + "亿美元"
                : millions * 100 + "万美元";
        return new Pair("$" + millions + " million", zh);
    }

    private Pair percent() {
        String p = plain(BigDecimal.valueOf(5 + random.nextInt(400), 1).stripTrailingZeros());
        return new Pair(p + (random.nextBoolean() ? " percent" : "%"), p + "%");
    }

    private Pair count() {
        Pair noun = pick(t.counted());
        int n = random.nextBoolean() ? 3 + random.nextInt(60) : 100 + random.nextInt(9900);
        return new Pair(NumberFormat.getIntegerInstance(Locale.US).format(n) + " " + noun.en(), n + noun.zh());
    }

    /** 1.0–49.9 million units = 100–4 990 万. */
    private Pair quantity() {
        Pair unit = pick(t.units());
        BigDecimal millions = BigDecimal.valueOf(10 + random.nextInt(490), 1).stripTrailingZeros();
        return new Pair(plain(millions) + " million " + unit.en(), plain(millions.movePointRight(2)) + "万" + unit.zh());
    }

    private static Pair literal(String s) {
        return new Pair(s, s);
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
