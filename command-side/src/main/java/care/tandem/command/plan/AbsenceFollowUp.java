package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.SessionId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.util.List;

/**
 * The clinic's follow-up of a joint session one partner missed while the other attended: inform both,
 * offer the absent partner a summary and a makeup session, which is then attended or declined.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class AbsenceFollowUp {

    private final ParticipantId absentPartner;
    private boolean partnersInformed;
    private boolean summaryOffered;
    private boolean summaryShared;
    private boolean makeupOffered;
    private SessionId makeupSession;
    private boolean makeupDeclined;
    private boolean makeupAttended;

    /** For a snapshot's fields to be read back into. */
    private AbsenceFollowUp() {
        this(null);
    }

    AbsenceFollowUp(ParticipantId absentPartner) {
        this.absentPartner = absentPartner;
    }

    ParticipantId absentPartner() {
        return absentPartner;
    }

    boolean partnersInformed() {
        return partnersInformed;
    }

    boolean summaryOffered() {
        return summaryOffered;
    }

    boolean summaryShared() {
        return summaryShared;
    }

    boolean makeupOffered() {
        return makeupOffered;
    }

    SessionId makeupSession() {
        return makeupSession;
    }

    boolean makeupResolved() {
        return makeupDeclined || makeupAttended;
    }

    /** A makeup session is scheduled against an open offer with none scheduled yet, and includes the absent partner. */
    void requireMakeupMayBeScheduled(SessionId missed, List<ParticipantId> participants) {
        if (!makeupOffered || makeupResolved() || makeupSession != null) {
            throw new PlanRuleViolation("no-open-makeup-offer",
                    "Session " + missed + " has no open makeup offer without a makeup session");
        }
        if (!participants.contains(absentPartner)) {
            throw new PlanRuleViolation("makeup-without-absent-partner",
                    "A makeup session includes the partner who missed session " + missed);
        }
    }

    void partnersWereInformed() {
        partnersInformed = true;
    }

    void summaryWasOffered() {
        summaryOffered = true;
    }

    void summaryWasShared() {
        summaryShared = true;
    }

    void makeupWasOffered() {
        makeupOffered = true;
    }

    void makeupWasScheduled(SessionId session) {
        makeupSession = session;
    }

    void makeupWasCancelled() {
        makeupSession = null;
    }

    void makeupWasDeclined() {
        makeupDeclined = true;
    }

    void makeupWasAttended() {
        makeupAttended = true;
    }
}
