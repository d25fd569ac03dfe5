package care.tandem.events.plan;

/** Why a clinician joins a plan's care team besides its primary clinician. */
public enum CareTeamJoinReason {
    CO_THERAPIST,
    COVERING_CLINICIAN,
    GROUP_FACILITATOR,
    CLINICAL_SUPERVISOR,
    CONSULTING_SPECIALIST
}
