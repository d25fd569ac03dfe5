package care.tandem.query.audit;

import care.tandem.query.api.InvalidParameterException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "|                                        | JSON",
            "|*/*                                     | JSON",
            "|application/json                        | JSON",
            "|text/csv                                | CSV",
            "|text/*                                  | CSV",
            "|text/csv;q=0.5, application/json        | JSON",
            "|application/json;q=0.2, text/csv        | CSV",
            "|text/csv;q=0, */*                       | JSON",
            "|application/xml                         | JSON",
            "csv|application/json                     | CSV",
            "CSV|                                     | CSV",
            "json|text/csv                            | JSON"})
    void theFormatParameterWinsOverTheAcceptHeaderWhichPicksByQuality(String format, String accept,
                                                                      HistoryFormat expected) {
        assertThat(HistoryFormat.of(format, accept)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"xlsx|format", "|Accept"})
    void anUnknownFormatOrAMalformedAcceptHeaderIsAProblemNamingIt(String format, String parameter) {
        assertThatThrownBy(() -> HistoryFormat.of(format, format == null ? "text/" : null))
                .isInstanceOfSatisfying(InvalidParameterException.class, problem -> assertThat(
                        problem.getBody().getProperties()).containsEntry("parameter", parameter));
    }
}
