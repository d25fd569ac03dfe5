package care.tandem.events.plan;

/** What a pause of couples therapy does to the joint sessions still ahead. */
public enum JointSessionHandling {
    CANCEL,
    CONVERT_TO_INDIVIDUAL
}
