package care.tandem.query.api;

import care.tandem.query.config.ClinicTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodArgumentResolverTest {

    private final PeriodArgumentResolver resolver =
            new PeriodArgumentResolver(new ClinicTime(ZoneId.of("America/New_York")));

    @Test
    void noParameterAsksForEverything() {
        assertThat(resolve(Map.of())).isEqualTo(Period.UNBOUNDED);
    }

    @Test
    void aWeekRunsFromMondayToMondayInTheClinicsZone() {
        assertThat(resolve(Map.of("week", "2026-W47"))).isEqualTo(new Period(
                Instant.parse("2026-11-16T05:00:00Z"), Instant.parse("2026-11-23T05:00:00Z")));
    }

    @Test
    void aWeekInWhichTheClocksGoBackLastsAnHourLonger() {
        // Daylight saving time ends in New York on Sunday 1 November 2026.
        Period week = resolve(Map.of("week", "2026-W44"));

        assertThat(week).isEqualTo(new Period(
                Instant.parse("2026-10-26T04:00:00Z"), Instant.parse("2026-11-02T05:00:00Z")));
        assertThat(Duration.between(week.from(), week.until())).isEqualTo(Duration.ofDays(7).plusHours(1));
    }

    @Test
    void aWeekInWhichTheClocksGoForwardLastsAnHourLess() {
        // Daylight saving time starts in New York on Sunday 8 March 2026.
        assertThat(resolve(Map.of("week", "2026-W10"))).isEqualTo(new Period(
                Instant.parse("2026-03-02T05:00:00Z"), Instant.parse("2026-03-09T04:00:00Z")));
    }

    @Test
    void aMonthRunsFromItsFirstToTheNextMonthsFirstDayInTheClinicsZone() {
        assertThat(resolve(Map.of("month", "2026-11"))).isEqualTo(new Period(
                Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-12-01T05:00:00Z")));
    }

    @Test
    void aDateRangeHoldsBothDaysWholeInTheClinicsZone() {
        assertThat(resolve(Map.of("from", "2026-03-08", "to", "2026-03-08"))).isEqualTo(new Period(
                Instant.parse("2026-03-08T05:00:00Z"), Instant.parse("2026-03-09T04:00:00Z")));
        assertThat(resolve(Map.of("from", "2026-01-01", "to", "2027-01-01"))).isEqualTo(new Period(
                Instant.parse("2026-01-01T05:00:00Z"), Instant.parse("2027-01-02T05:00:00Z")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "week=2026-W47&month=2026-11             | week  | give only one of 'week', 'month', or 'from' with 'to'",
            "week=2026-W47&from=2026-11-16&to=2026-11-22 | week | give only one of 'week', 'month', or 'from' with 'to'",
            "month=2026-11&to=2026-11-22             | month | give only one of 'week', 'month', or 'from' with 'to'",
            "week=2026-47                            | week  | an ISO week, written YYYY-Www (e.g. 2026-W47)",
            "week=2025-W53                           | week  | an ISO week, written YYYY-Www (e.g. 2026-W47)",
            "week=                                   | week  | an ISO week, written YYYY-Www (e.g. 2026-W47)",
            "month=2026-13                           | month | a month, written YYYY-MM (e.g. 2026-11)",
            "month=November                          | month | a month, written YYYY-MM (e.g. 2026-11)",
            "from=2026-11-01                         | to    | 'from' and 'to' are given together",
            "to=2026-11-30                           | from  | 'from' and 'to' are given together",
            "from=2026-11-31&to=2026-12-01           | from  | a date, written YYYY-MM-DD (e.g. 2026-11-16)",
            "from=2026-11-01&to=30.11.2026           | to    | a date, written YYYY-MM-DD (e.g. 2026-11-16)",
            "from=2026-11-30&to=2026-11-01           | to    | 'to' is on or after 'from'",
            "from=2026-01-01&to=2027-01-02           | to    | a range spans at most 366 days",
            "from=+999999999-12-31&to=+999999999-12-31 | from | a year from 1001 to 9998",
            "from=0999-12-01&to=0999-12-31           | from  | a year from 1001 to 9998",
            "from=9998-12-01&to=9999-01-03           | to    | a year from 1001 to 9998",
            "month=+999999999-12                     | month | a year from 1001 to 9998",
            "month=0999-12                           | month | a year from 1001 to 9998",
            "week=9999-W52                           | week  | a year from 1001 to 9998",
            "week=1000-W01                           | week  | a year from 1001 to 9998"})
    void eachRuleIsAProblemNamingTheParameterAndTheRule(String query, String parameter, String rule) {
        assertThatThrownBy(() -> resolve(parameters(query)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getBody().getType()).isEqualTo(InvalidParameterException.TYPE);
                    assertThat(e.getBody().getProperties())
                            .containsEntry("parameter", parameter)
                            .containsEntry("rule", rule);
                });
    }

    private Period resolve(Map<String, String> parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        parameters.forEach(request::addParameter);
        return resolver.resolveArgument(null, null, new ServletWebRequest(request), null);
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(nameAndValue[0], nameAndValue[1]);
        }
        return parameters;
    }
}
