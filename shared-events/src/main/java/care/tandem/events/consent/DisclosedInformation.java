package care.tandem.events.consent;

/** The kinds of a person's information a consent may let the clinic disclose: always an explicit list. */
public enum DisclosedInformation {
    ATTENDANCE,
    ABSENCE_REASONS,
    SESSION_SUMMARIES,
    RECOVERY_GOALS
}
