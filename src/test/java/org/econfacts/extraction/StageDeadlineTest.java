package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Percent;
import org.junit.jupiter.api.Test;

/** The stages that compare figures pairwise give up once the document's time budget is spent. */
class StageDeadlineTest {

    private static final Deadline SPENT = new Deadline(System.nanoTime() - 1, Duration.ofMillis(1));

    private static List<Finding> figures(int n) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Language language = i % 2 == 0 ? Language.EN : Language.ZH_HANS;
            out.add(new Finding(new Mention(new Percent(new BigDecimal("5"), false), Approximation.EXACT, null, null,
                    i * 10, i * 10 + 2, "5%", language, "t", null), "s" + i));
        }
        return out;
    }

    @Test
    void dedupeLinkingAndPairingStopWhenTheBudgetIsSpent() {
        List<Finding> findings = figures(50);
        String text = "5% ".repeat(200);
        assertThatThrownBy(() -> new Dedupe().apply(findings, SPENT)).isInstanceOf(ExtractionTimeoutException.class);
        assertThatThrownBy(() -> new LinkFigures().apply(findings, text, SPENT))
                .isInstanceOf(ExtractionTimeoutException.class);
        assertThatThrownBy(() -> new PairTwins().pair(findings, SPENT)).isInstanceOf(ExtractionTimeoutException.class);
    }

    @Test
    void withinTheBudgetTheyRunAsBefore() {
        List<Finding> findings = figures(50);
        String text = "5% ".repeat(200);
        Deadline ample = Deadline.in(Duration.ofMinutes(1));
        assertThat(new Dedupe().apply(findings, ample)).isEqualTo(new Dedupe().apply(findings));
        assertThat(new LinkFigures().apply(findings, text, ample)).isEqualTo(new LinkFigures().apply(findings, text));
        assertThat(new PairTwins().pair(findings, ample)).isEqualTo(new PairTwins().pair(findings));
    }
}
