package care.tandem.query.report;

/** One clinician's figures in one week; clinician ids are staff ids, not PHI. */
public record ClinicianWeek(String clinicianId, ProgramWeek figures) {
}
