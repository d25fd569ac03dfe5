package care.tandem.query.api;

import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.IsoWeek;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    private static final ClinicTime NEW_YORK = new ClinicTime(ZoneId.of("America/New_York"));

    @Test
    void itHoldsItsFirstInstantButNotItsEnd() {
        Period period = new Period(Instant.parse("2026-11-16T05:00:00Z"), Instant.parse("2026-11-23T05:00:00Z"));

        assertThat(period.contains(Instant.parse("2026-11-16T05:00:00Z"))).isTrue();
        assertThat(period.contains(Instant.parse("2026-11-23T04:59:59.999999999Z"))).isTrue();
        assertThat(period.contains(Instant.parse("2026-11-23T05:00:00Z"))).isFalse();
        assertThat(period.contains(Instant.parse("2026-11-16T04:59:59Z"))).isFalse();
        assertThat(period.contains(null)).isFalse();
    }

    @Test
    void theUnboundedPeriodHoldsEveryInstantAndIsRefusedWhereABoundIsRequired() {
        assertThat(Period.UNBOUNDED.contains(Instant.EPOCH)).isTrue();
        assertThat(Period.UNBOUNDED.isBounded()).isFalse();

        assertThatThrownBy(Period.UNBOUNDED::requireBounded)
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.getBody().getProperties()).containsEntry("parameter", "week");
                    assertThat(e.getBody().getDetail()).contains("'week', 'month', or 'from' with 'to'");
                });
        assertThatThrownBy(() -> Period.UNBOUNDED.weeks(NEW_YORK)).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aBoundedPeriodIsItself() {
        Period period = new Period(Instant.parse("2026-11-16T05:00:00Z"), Instant.parse("2026-11-23T05:00:00Z"));

        assertThat(period.isBounded()).isTrue();
        assertThat(period.requireBounded()).isSameAs(period);
    }

    @Test
    void aClinicWeekTouchesOnlyItselfThoughItEndsOnMondayInUtc() {
        IsoWeek week = new IsoWeek(2026, 47);

        assertThat(new Period(NEW_YORK.startOf(week), NEW_YORK.endOf(week)).weeks(NEW_YORK)).containsExactly(week);
    }

    @Test
    void aPeriodTouchesEveryClinicWeekItOverlapsAcrossTheYearsEnd() {
        // Sunday evening in New York is already Monday in UTC: the first week is the clinic's, not UTC's.
        Period period = new Period(Instant.parse("2026-12-28T02:00:00Z"), Instant.parse("2027-01-05T00:00:00Z"));

        assertThat(period.weeks(NEW_YORK))
                .containsExactly(new IsoWeek(2026, 52), new IsoWeek(2026, 53), new IsoWeek(2027, 1));
    }
}
