package care.tandem.events.plan;

/** What kind of therapy a session is. COUPLES sessions are the joint sessions of a couple. */
public enum SessionKind {
    INDIVIDUAL,
    COUPLES,
    FAMILY,
    MULTI_FAMILY_GROUP,
    PSYCHOEDUCATION,
    JOINT_RECOVERY_PLANNING,
    DISCHARGE_PLANNING
}
