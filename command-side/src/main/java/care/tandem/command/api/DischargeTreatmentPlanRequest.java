package care.tandem.command.api;

import java.util.List;

public record DischargeTreatmentPlanRequest(List<AftercareReferralRequest> aftercareReferrals) {
}
