package care.tandem.command.api;

import java.util.List;

/** planId is optional: the server assigns one when the client does not bring its own. */
public record OpenTreatmentPlanRequest(String planId, List<PartnerRequest> partners, String primaryClinicianId) {

    public record PartnerRequest(String participantId, String displayName) {
    }
}
