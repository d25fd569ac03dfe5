package care.tandem.command.api;

import care.tandem.events.plan.PauseReason;

import java.time.LocalDate;

public record PauseCouplesTherapyRequest(PauseReason reason, LocalDate reviewOn) {
}
