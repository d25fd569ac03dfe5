package care.tandem.events.plan;

/** Whether the people in a video session join from one place or separately. NOT_RECORDED for sessions scheduled before the flag existed. */
public enum LocationMode {
    SAME_LOCATION,
    SEPARATE_LOCATIONS,
    NOT_RECORDED
}
