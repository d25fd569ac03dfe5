package care.tandem.events.plan;

/** Who a plan treats together: a couple, or a family (which may include minors). */
public enum UnitKind {
    COUPLE,
    FAMILY
}
