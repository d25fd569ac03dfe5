package care.tandem.events.plan;

/** The therapist's judgement of whether a partner's absence hinders the couple's progress. */
public enum TherapistJudgement {
    ABSENCE_DOES_NOT_HINDER_PROGRESS,
    ABSENCE_HINDERS_PROGRESS
}
