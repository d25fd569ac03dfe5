package care.tandem.query.directory;

import java.util.List;

/**
 * Every clinician the plans name, in id order: each plan's primary clinician and the clinicians of its sessions, the
 * ones with a calendar ({@code /api/clinicians/{clinicianId}/schedule}). Ids only.
 */
public record CliniciansResponse(List<String> clinicianIds) {
}
