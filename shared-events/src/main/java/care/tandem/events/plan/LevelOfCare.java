package care.tandem.events.plan;

/** ASAM level of care; its weekly-hours minimum is configuration, not part of the record. */
public enum LevelOfCare {
    IOP_ADULT,
    IOP_ADOLESCENT,
    PHP
}
