package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** The clinician paused couples therapy (for safety or readiness), to be reviewed on a date; what happens to joint sessions ahead is said with it. */
@Revision("2")
public record CouplesTherapyPaused(
        PlanId planId,
        PauseReason reason,
        LocalDate reviewOn,
        JointSessionHandling jointSessionHandling,
        ClinicianId pausedBy,
        Instant pausedAt) {
}
