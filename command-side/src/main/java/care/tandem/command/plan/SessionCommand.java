package care.tandem.command.plan;

import care.tandem.events.id.SessionId;

/** A command about one session of a plan: that session's clinician may send it without being on the care team. */
public interface SessionCommand {

    SessionId concernedSession();
}
