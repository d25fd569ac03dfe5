package care.tandem.events.plan;

/** Why a clinician leaves a plan's care team. */
public enum CareTeamLeaveReason {
    COVERAGE_ENDED,
    ASSIGNMENT_CHANGED,
    LEFT_THE_PROGRAM,
    ADDED_IN_ERROR
}
