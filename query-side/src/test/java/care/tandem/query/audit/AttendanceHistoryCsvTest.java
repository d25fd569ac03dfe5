package care.tandem.query.audit;

import care.tandem.events.plan.AttendanceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static care.tandem.query.audit.AuditEntries.audit;
import static care.tandem.query.audit.AuditEntries.correction;
import static care.tandem.query.audit.AuditEntries.fact;
import static care.tandem.query.audit.AuditEntries.solo;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static org.assertj.core.api.Assertions.assertThat;

class AttendanceHistoryCsvTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    void oneRowPerParticipantPerFactUnderAHeaderRowEndingInCrLfAndSayingWhichAttendanceStands() {
        AttendanceHistory history = AttendanceHistory.of(audit(
                solo(5, "s-mon", MONDAY, "flat tyre"),
                correction(8, "s-mon", MONDAY, fact(JORDAN.value(), AttendanceStatus.LATE), "came after all", 5)),
                                                         Timelines.parse(null, null));

        String csv = AttendanceHistoryCsv.write(history);

        assertThat(csv).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(csv.split("\r\n", -1)).containsExactly(
                String.join(",", AttendanceHistoryCsv.HEADER),
                "5,2026-03-20T10:05:00Z,2026-03-20T10:05:00Z,c-lee,c-actor,request-5,s-mon,2026-03-02T15:00:00Z,SOLO,"
                        + "p-avery,ATTENDED,,,,,,ABSENCE_DOES_NOT_HINDER_PROGRESS,COMMUNICATION_SKILLS,,,true",
                "5,2026-03-20T10:05:00Z,2026-03-20T10:05:00Z,c-lee,c-actor,request-5,s-mon,2026-03-02T15:00:00Z,SOLO,"
                        + "p-jordan,ABSENT,,,OTHER,,flat tyre,ABSENCE_DOES_NOT_HINDER_PROGRESS,COMMUNICATION_SKILLS,,,"
                        + "false",
                "8,2026-03-20T10:08:00Z,2026-03-20T10:08:00Z,c-lee,c-actor,request-8,s-mon,2026-03-02T15:00:00Z,"
                        + "CORRECTION,p-jordan,LATE,,,,,,,,came after all,5,true",
                "");
    }

    @Test
    void aFreeTextCellIsQuotedAndEscapedAndDefusedAsAFormula() {
        AttendanceHistory history = AttendanceHistory.of(audit(
                solo(5, "s-mon", MONDAY, "=HYPERLINK(\"http://x.example\",\"see, here\")\nnext line")),
                                                         Timelines.parse(null, null));

        String jordansRow = AttendanceHistoryCsv.write(history).split("\r\n")[2];

        assertThat(jordansRow).contains(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"see, here\"\")\nnext line\",");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=1+2|'=1+2",
            "+1|'+1",
            "-p-id|'-p-id",
            "@SUM(A1)|'@SUM(A1)",
            "`\tindent`|`'\tindent`",
            "plain text|plain text",
            "a=b|a=b",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "one, two|\"one, two\"",
            "``|``"})
    void aCellIsWrittenAsRfc4180AndNeverAsAFormula(String value, String written) {
        assertThat(AttendanceHistoryCsv.cell(value)).isEqualTo(written);
    }
}
