package care.tandem.query.readmodel;

import care.tandem.events.id.ParticipantId;

import java.util.List;

/** Read models store ids as the plain strings they are on the wire. */
public final class ParticipantIds {

    private ParticipantIds() {
    }

    public static List<String> values(List<ParticipantId> participants) {
        return participants.stream().map(ParticipantId::value).toList();
    }
}
