package org.econfacts.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcileTest {

    private static Reconcile.Report report(String value, String published, long id) {
        return new Reconcile.Report(new BigDecimal(value), LocalDate.parse(published), id);
    }

    @Test
    void valuesAgreeAtThePrecisionOfTheLessPreciseOne() {
        assertThat(Reconcile.agree(new BigDecimal("9.87E12"), new BigDecimal("9.9E12"))).isTrue();
        assertThat(Reconcile.agree(new BigDecimal("9.87E12"), new BigDecimal("9.8E12"))).isFalse();
        assertThat(Reconcile.agree(new BigDecimal("509E8"), new BigDecimal("50.9E9"))).isTrue();
        assertThat(Reconcile.agree(new BigDecimal("15.3"), new BigDecimal("15"))).isTrue();
        assertThat(Reconcile.agree(new BigDecimal("15.3"), new BigDecimal("15.4"))).isFalse();
        assertThat(Reconcile.agree(new BigDecimal("2.1"), new BigDecimal("-2.1"))).isFalse(); // a rise is no fall
    }

    @Test
    void oneReadingAgreesAtItsMostPreciseValue() {
        Reconcile.Verdict v = Reconcile.judge(List.of(report("9.9E12", "2021-07-14", 2), report("9.87E12", "2021-07-13", 1)));
        assertThat(v.status()).isEqualTo(Reconcile.Status.AGREED);
        assertThat(v.value()).isEqualByComparingTo("9.87E12");
    }

    @Test
    void aLaterReadingPublishedAfterTheEarlierOneRevisesIt() {
        Reconcile.Verdict v = Reconcile.judge(List.of(report("14.3", "2021-07-15", 1), report("14.3", "2021-07-16", 2),
                report("15.2", "2021-08-11", 3)));
        assertThat(v.status()).isEqualTo(Reconcile.Status.REVISED);
        assertThat(v.value()).isEqualByComparingTo("15.2");
        assertThat(v.readings()).hasSize(2);
    }

    @Test
    void readingsThatInterleaveInTimeConflict() {
        Reconcile.Verdict v = Reconcile.judge(List.of(report("569.5E6", "2021-01-20", 1), report("612E6", "2021-01-22", 2),
                report("570E6", "2021-01-25", 3)));
        assertThat(v.status()).isEqualTo(Reconcile.Status.CONFLICT);
        assertThat(v.value()).isEqualByComparingTo("570E6");
        // reports on one day that disagree are a conflict too: neither came after the other
        assertThat(Reconcile.judge(List.of(report("1", "2021-01-01", 1), report("2", "2021-01-01", 2))).status())
                .isEqualTo(Reconcile.Status.CONFLICT);
    }
}
