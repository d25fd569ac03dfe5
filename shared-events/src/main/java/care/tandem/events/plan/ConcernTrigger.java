package care.tandem.events.plan;

/** What raised a participation concern for the clinician. */
public enum ConcernTrigger {
    SOLO_ATTENDANCE_WHILE_JOINT_STRONGLY_ENCOURAGED,
    SECOND_CONSECUTIVE_MISS
}
