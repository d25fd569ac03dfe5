package care.tandem.events.plan;

/** Why a member stopped taking part in the plan. */
public enum MemberLeaveReason {
    COMPLETED_PARTICIPATION,
    WITHDREW,
    SEPARATION,
    SAFETY,
    OTHER
}
