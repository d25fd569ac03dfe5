package care.tandem.query.export.calendar;

import care.tandem.access.Caller;
import care.tandem.access.Role;
import care.tandem.events.id.Ids;

import java.util.Optional;
import java.util.Set;

/** Whose sessions a calendar feed lists: a clinician's (by their clinician id) or a participant's own. */
public record FeedOwner(Kind kind, String id) {

    public enum Kind { CLINICIAN, PARTICIPANT }

    /**
     * The caller as a feed owner: a clinician (their token's subject is their clinician id), or a participant bound to
     * their participant id; no one else, and no one whose id breaks the id rule.
     */
    static Optional<FeedOwner> of(Caller caller) {
        if (caller.has(Role.CLINICIAN) && Ids.isValid(caller.subject())) {
            return Optional.of(new FeedOwner(Kind.CLINICIAN, caller.subject()));
        }
        if (caller.has(Role.PARTICIPANT) && Ids.isValid(caller.participantId())) {
            return Optional.of(new FeedOwner(Kind.PARTICIPANT, caller.participantId()));
        }
        return Optional.empty();
    }

    /** The reader the access audit names for a fetch of the feed: the person it was issued to, through the feed. */
    Caller asCaller(String issuedTo) {
        return new Caller(issuedTo, issuedTo, Set.of(kind == Kind.CLINICIAN ? Role.CLINICIAN : Role.PARTICIPANT),
                Set.of(), CalendarFeedController.FEED_CLIENT, kind == Kind.PARTICIPANT ? id : null);
    }
}
