package care.tandem.events.plan;

/** A member's place in the treatment unit. */
public enum MemberRole {
    PARTNER,
    PARENT,
    CHILD,
    ADOLESCENT,
    OTHER_FAMILY
}
