package care.tandem.command.consent;

import care.tandem.events.id.ParticipantId;

/**
 * The stream of one person's consent record. Its aggregate id is {@code consents/<participantId>}: the slash is in
 * no plan id, so a person's stream never shares an id with a plan's in the event store.
 */
public record PersonConsentsId(ParticipantId person) {

    public static PersonConsentsId of(ParticipantId person) {
        return new PersonConsentsId(person);
    }

    @Override
    public String toString() {
        return "consents/" + person.value();
    }
}
