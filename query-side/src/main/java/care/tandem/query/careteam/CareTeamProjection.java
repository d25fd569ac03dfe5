package care.tandem.query.careteam;

import care.tandem.events.plan.CareTeamMemberAdded;
import care.tandem.events.plan.CareTeamMemberRemoved;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps each plan's care team and members, which decide who may read the plan and whom a read concerns. */
@Component
@ProcessingGroup(CareTeamProjection.PROCESSING_GROUP)
public class CareTeamProjection {

    public static final String PROCESSING_GROUP = "care-teams";

    private final CareTeams careTeams;

    CareTeamProjection(CareTeams careTeams) {
        this.careTeams = careTeams;
    }

    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        careTeams.apply(event.planId(), sequenceNumber, team -> team.opened(event.primaryClinician().value(),
                event.members().stream().map(member -> member.participantId().value()).toList()));
    }

    @EventHandler
    void on(MemberAdded event, @SequenceNumber long sequenceNumber) {
        Member member = event.member();
        careTeams.apply(event.planId(), sequenceNumber, team -> team.withPerson(member.participantId().value()));
    }

    @EventHandler
    void on(CareTeamMemberAdded event, @SequenceNumber long sequenceNumber) {
        careTeams.apply(event.planId(), sequenceNumber, team -> team.withMember(event.clinician().value()));
    }

    @EventHandler
    void on(CareTeamMemberRemoved event, @SequenceNumber long sequenceNumber) {
        careTeams.apply(event.planId(), sequenceNumber, team -> team.withoutMember(event.clinician().value()));
    }

    /** A clinician who runs a session of the plan reads the plan to run it. */
    @EventHandler
    void on(SessionScheduled event, @SequenceNumber long sequenceNumber) {
        careTeams.apply(event.planId(), sequenceNumber, team -> team.withSessionClinician(event.clinician().value()));
    }

    @ResetHandler
    void forgetEveryCareTeam() {
        careTeams.deleteAll();
    }
}
