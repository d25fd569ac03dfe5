package care.tandem.events.plan;

import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** The review date of a pause has come: the clinician should decide to resume or discontinue. */
@Revision("1")
public record CouplesTherapyPauseReviewDue(
        PlanId planId,
        LocalDate reviewOn,
        Instant dueAt) {
}
