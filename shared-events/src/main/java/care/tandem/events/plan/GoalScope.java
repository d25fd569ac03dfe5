package care.tandem.events.plan;

/** Whether a recovery goal belongs to the unit or to one member. */
public enum GoalScope {
    SHARED,
    INDIVIDUAL
}
