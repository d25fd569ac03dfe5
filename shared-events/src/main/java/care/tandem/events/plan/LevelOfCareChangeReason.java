package care.tandem.events.plan;

/** Why a plan moved to another level of care. */
public enum LevelOfCareChangeReason {
    CLINICAL_STEP_UP,
    CLINICAL_STEP_DOWN,
    AGE_TRANSITION,
    PAYER_AUTHORIZATION,
    OTHER
}
