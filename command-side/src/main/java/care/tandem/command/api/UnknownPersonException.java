package care.tandem.command.api;

import care.tandem.events.id.ParticipantId;

/** No record names the person: no plan they were a member of, no consent record of their own. */
class UnknownPersonException extends RuntimeException {

    UnknownPersonException(ParticipantId person) {
        super("No treatment plan or consent record names participant " + person);
    }
}
