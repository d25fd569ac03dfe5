package care.tandem.command.plan;

import care.tandem.events.EventMetadata;
import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.SessionId;
import org.axonframework.messaging.MetaData;

import java.util.Optional;
import java.util.function.Function;

/**
 * Who may act on a plan, decided by the plan from the command's actor, so a refused command appends nothing:
 * <ul>
 *     <li>a clinician opens a plan only as its primary clinician;</li>
 *     <li>the care team (primary clinician and added members) may send any command;</li>
 *     <li>the clinician of a session may send the commands about that session;</li>
 *     <li>only the primary clinician changes the care team;</li>
 *     <li>a machine client trusted with every plan ({@value #REACHES_ALL_PLANS}) may do all of it;</li>
 *     <li>a participant ({@value #ACTING_PARTICIPANT}) records and revokes their own consents, signed electronically,
 *     and nothing else.</li>
 * </ul>
 * A command without an actor is refused: nothing in Tandem sends one.
 */
public final class CareTeamPolicy {

    /** Command metadata (never copied onto events): "true" when the caller holds the {@code plans.write} scope. */
    public static final String REACHES_ALL_PLANS = "actorReachesAllPlans";
    /** Command metadata (never copied onto events): the participant id a participant's token binds them to. */
    public static final String ACTING_PARTICIPANT = "actorParticipant";

    private CareTeamPolicy() {
    }

    static void requireMayOpen(OpenTreatmentPlan command, MetaData metaData) {
        if (reachesAllPlans(metaData)) {
            return;
        }
        ClinicianId actor = actorOf(metaData);
        if (!command.primaryClinician().equals(actor)) {
            throw new NotOnCareTeamException("a clinician opens a treatment plan only as its primary clinician");
        }
    }

    static void requireMayAct(CareTeam team, Object command, MetaData metaData,
                              Function<SessionId, Optional<ClinicianId>> sessionClinician) {
        if (reachesAllPlans(metaData)) {
            return;
        }
        if (metaData.get(ACTING_PARTICIPANT) instanceof String participant) {
            requireOwnConsent(ParticipantId.of(participant), command);
            return;
        }
        ClinicianId actor = actorOf(metaData);
        if (command instanceof AddCareTeamMember || command instanceof RemoveCareTeamMember) {
            if (!team.isPrimary(actor)) {
                throw new NotOnCareTeamException("only the plan's primary clinician changes its care team");
            }
            return;
        }
        if (team.includes(actor)) {
            return;
        }
        if (command instanceof SessionCommand about
                && sessionClinician.apply(about.concernedSession()).filter(actor::equals).isPresent()) {
            return;
        }
        throw new NotOnCareTeamException("the actor is not on this plan's care team"
                + (command instanceof SessionCommand ? " nor the clinician of this session" : ""));
    }

    private static void requireOwnConsent(ParticipantId participant, Object command) {
        boolean ownSignedConsent = command instanceof GrantConsent grant && grant.person().equals(participant)
                && grant.signedBy().equals(participant) && grant.attestation() == ConsentAttestation.ELECTRONIC_SIGNATURE;
        boolean ownRevocation = command instanceof RevokeConsent revocation && revocation.person().equals(participant);
        if (!ownSignedConsent && !ownRevocation) {
            throw new NotOnCareTeamException("a participant records and revokes their own consents only, signed "
                    + "electronically");
        }
    }

    private static boolean reachesAllPlans(MetaData metaData) {
        return "true".equals(metaData.get(REACHES_ALL_PLANS));
    }

    private static ClinicianId actorOf(MetaData metaData) {
        Object actor = metaData.get(EventMetadata.ACTOR);
        if (!(actor instanceof String subject)) {
            throw new NotOnCareTeamException("the command names no actor");
        }
        return ClinicianId.of(subject);
    }
}
