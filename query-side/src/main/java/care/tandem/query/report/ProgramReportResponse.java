package care.tandem.query.report;

import java.util.List;

/** Every ISO week the period touches, each in full and in order, with the program's figures of all clinicians. */
public record ProgramReportResponse(List<ProgramWeek> weeks) {
}
