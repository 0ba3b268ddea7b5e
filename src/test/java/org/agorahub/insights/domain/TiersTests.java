package org.agorahub.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which months a period reads whole and which days at its edges. */
class TiersTests {

    @Test
    void aPeriodReadsItsWholeMonthsAndTheDaysAtItsEdges() {
        Tiers tiers = Tiers.of("p", LocalDate.of(2026, 3, 30), LocalDate.of(2026, 6, 2));
        assertThat(tiers.firstMonth()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(tiers.afterLastMonth()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aPeriodOfWholeMonthsReadsNoDays() {
        Tiers tiers = Tiers.of("p", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(tiers.firstMonth()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(tiers.afterLastMonth()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aPeriodWithinOneMonthOrAcrossOneMonthsEndReadsDaysOnly() {
        Tiers within = Tiers.of("p", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 20));
        assertThat(within.firstMonth()).isEqualTo(within.afterLastMonth()).isEqualTo(LocalDate.of(2026, 2, 21));
        Tiers across = Tiers.of("p", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 10));
        assertThat(across.firstMonth()).isEqualTo(across.afterLastMonth()).isEqualTo(LocalDate.of(2026, 2, 11));
    }

    @Test
    void neighbouringDaysBecomeOneRangeOfTheContributorsMultirange() {
        var days = new java.util.TreeSet<LocalDate>(
                java.util.List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 9)));
        assertThat(AggregateService.multirange(days)).isEqualTo("{[2026-01-05,2026-01-07),[2026-01-09,2026-01-10)}");
        assertThat(AggregateService.multirange(new java.util.TreeSet<>())).isEqualTo("{}");
    }
}
