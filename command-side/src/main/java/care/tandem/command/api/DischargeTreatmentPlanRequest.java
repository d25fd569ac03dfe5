package care.tandem.command.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

public record DischargeTreatmentPlanRequest(@Size(max = 20) @Valid List<AftercareReferralRequest> aftercareReferrals) {
}
