package care.tandem.command.plan;

import java.time.Instant;
import java.time.LocalDate;

/** The payload of a pause's review deadline: which pause it reviews, and when it was due. */
record PauseReview(LocalDate reviewOn, Instant dueAt) {
}
