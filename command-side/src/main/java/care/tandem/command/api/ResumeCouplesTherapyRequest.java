package care.tandem.command.api;

import java.util.List;

public record ResumeCouplesTherapyRequest(List<PartnerReadinessRequest> readiness) {
}
