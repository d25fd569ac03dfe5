package care.tandem.command.api;

import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.PauseReason;

import java.time.LocalDate;

/** jointSessionHandling defaults to CANCEL. */
public record PauseCouplesTherapyRequest(
        PauseReason reason,
        LocalDate reviewOn,
        JointSessionHandling jointSessionHandling) {
}
