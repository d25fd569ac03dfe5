package care.tandem.query.report;

import java.time.Instant;

/** A makeup session offered to the partner who missed a joint session, and how the offer turned out. */
public record Makeup(String missedSessionId, String offeredBy, Instant offeredAt, boolean declined, boolean attended) {

    Makeup declinedNow() {
        return new Makeup(missedSessionId, offeredBy, offeredAt, true, attended);
    }

    Makeup attendedNow() {
        return new Makeup(missedSessionId, offeredBy, offeredAt, declined, true);
    }
}
