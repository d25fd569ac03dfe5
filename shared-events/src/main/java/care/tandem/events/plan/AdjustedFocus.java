package care.tandem.events.plan;

/** What a joint session focused on instead when one partner came alone. */
public enum AdjustedFocus {
    COMMUNICATION_SKILLS,
    EMOTIONAL_REGULATION,
    RELAPSE_PREVENTION,
    INDIVIDUAL_RECOVERY_GOALS,
    PARTNER_SUPPORT_PLANNING,
    OTHER
}
