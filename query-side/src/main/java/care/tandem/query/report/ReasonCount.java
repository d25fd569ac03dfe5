package care.tandem.query.report;

import care.tandem.events.plan.PauseReason;

public record ReasonCount(PauseReason reason, int count) {
}
