package care.tandem.command.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

public record ResumeCouplesTherapyRequest(@Size(max = 10) @Valid List<PartnerReadinessRequest> readiness) {
}
