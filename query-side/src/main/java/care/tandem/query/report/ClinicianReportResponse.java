package care.tandem.query.report;

import java.util.List;

/**
 * For every ISO week the period touches (each in full), the figures of each clinician with something to count that
 * week, by week and clinician id.
 */
public record ClinicianReportResponse(List<ClinicianWeek> clinicianWeeks) {
}
