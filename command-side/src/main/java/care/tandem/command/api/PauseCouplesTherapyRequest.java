package care.tandem.command.api;

import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.PauseReason;

import java.time.LocalDate;

/** jointSessionHandling defaults to CANCEL. */
public record PauseCouplesTherapyRequest(
        PauseReason reason,
        @Within(back = "P0D", ahead = "P366D") LocalDate reviewOn,
        JointSessionHandling jointSessionHandling) {
}
