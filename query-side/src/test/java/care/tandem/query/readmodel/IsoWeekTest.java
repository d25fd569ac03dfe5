package care.tandem.query.readmodel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTest {

    @Test
    void aWeekRunsFromMondayToSundayAndDaysAroundNewYearBelongToTheWeekBasedYear() {
        assertThat(IsoWeek.of(LocalDate.parse("2026-11-16"))).isEqualTo(new IsoWeek(2026, 47));
        assertThat(IsoWeek.of(LocalDate.parse("2026-11-22"))).isEqualTo(new IsoWeek(2026, 47));
        assertThat(IsoWeek.of(LocalDate.parse("2026-11-23"))).isEqualTo(new IsoWeek(2026, 48));
        assertThat(new IsoWeek(2026, 47).monday()).isEqualTo(LocalDate.parse("2026-11-16"));
        // 1 January 2027 is a Friday: it still belongs to the last week of 2026, which has 53 weeks.
        assertThat(IsoWeek.of(LocalDate.parse("2027-01-01"))).isEqualTo(new IsoWeek(2026, 53));
        // 29 December 2025 is a Monday: the first week of 2026 starts in 2025.
        assertThat(IsoWeek.of(LocalDate.parse("2025-12-29"))).isEqualTo(new IsoWeek(2026, 1));
        assertThat(new IsoWeek(2026, 1).monday()).isEqualTo(LocalDate.parse("2025-12-29"));
    }

    @Test
    void theNextWeekCrossesIntoTheNextWeekBasedYear() {
        assertThat(new IsoWeek(2026, 52).next()).isEqualTo(new IsoWeek(2026, 53));
        assertThat(new IsoWeek(2026, 53).next()).isEqualTo(new IsoWeek(2027, 1));
        assertThat(new IsoWeek(2025, 52).next()).isEqualTo(new IsoWeek(2026, 1));
    }

    @Test
    void itsTextRoundTripsAndSortsInCalendarOrderLikeTheWeeksThemselves() {
        List<IsoWeek> inCalendarOrder = List.of(new IsoWeek(2025, 52), new IsoWeek(2026, 1), new IsoWeek(2026, 9),
                                                new IsoWeek(2026, 10), new IsoWeek(2026, 53), new IsoWeek(2027, 1));

        assertThat(inCalendarOrder).isSorted();
        assertThat(inCalendarOrder.stream().map(IsoWeek::toString).toList())
                .isSorted()
                .containsExactly("2025-W52", "2026-W01", "2026-W09", "2026-W10", "2026-W53", "2027-W01");
        assertThat(inCalendarOrder.stream().map(week -> IsoWeek.parse(week.toString())))
                .containsExactlyElementsOf(inCalendarOrder);
    }

    @Test
    void onlyTheWeeksAYearHasExist() {
        assertThat(Stream.of(2025, 2026).map(year -> IsoWeek.of(LocalDate.of(year, 12, 28)).week()))
                .containsExactly(52, 53);
        assertThatThrownBy(() -> new IsoWeek(2025, 53)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the ISO year 2025 has weeks 1 to 52");
        assertThatThrownBy(() -> new IsoWeek(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IsoWeek(999, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IsoWeek(10_000, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-47", "2026-W7", "2026-w47", "2026-W047", "26-W47", "2026-W47 ", "٢٠٢٦-W47"})
    void malformedTextIsRejectedWithTheRuleButNotTheValue(String text) {
        assertThatThrownBy(() -> IsoWeek.parse(text))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("an ISO week is written YYYY-Www, e.g. 2026-W47");
    }
}
