package care.tandem.events.plan;

import care.tandem.events.id.ParticipantId;

/** A partner in a couple's plan. The display name is PHI: it lives in events and read models, never in logs. */
public record Partner(ParticipantId participantId, String displayName) {
}
