package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.CareTeamMemberAdded;
import care.tandem.events.plan.CareTeamMemberRemoved;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who treats a plan: its primary clinician and the clinicians added to its care team. Who may send which command
 * is {@link CareTeamPolicy}'s to decide; this is who is on the team.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class CareTeam {

    private PlanId planId;
    private ClinicianId primaryClinician;
    private Set<ClinicianId> members;

    private CareTeam() {
        // Jackson, for snapshots.
    }

    CareTeam(PlanId planId, ClinicianId primaryClinician) {
        this.planId = planId;
        this.primaryClinician = primaryClinician;
        this.members = new HashSet<>();
    }

    boolean includes(ClinicianId clinician) {
        return primaryClinician.equals(clinician) || members.contains(clinician);
    }

    boolean isPrimary(ClinicianId clinician) {
        return primaryClinician.equals(clinician);
    }

    void add(AddCareTeamMember command) {
        if (includes(command.clinician())) {
            throw new PlanRuleViolation("already-on-care-team", "the clinician is already on the plan's care team");
        }
        apply(new CareTeamMemberAdded(planId, command.clinician(), command.reason(), command.addedBy(),
                command.addedAt()));
    }

    void remove(RemoveCareTeamMember command) {
        if (isPrimary(command.clinician())) {
            throw new PlanRuleViolation("primary-clinician-stays",
                    "the primary clinician cannot leave the care team");
        }
        if (!includes(command.clinician())) {
            throw new PlanRuleViolation("not-on-care-team", "the clinician is not on the plan's care team");
        }
        apply(new CareTeamMemberRemoved(planId, command.clinician(), command.reason(), command.removedBy(),
                command.removedAt()));
    }

    @EventSourcingHandler
    void on(CareTeamMemberAdded event) {
        members.add(event.clinician());
    }

    @EventSourcingHandler
    void on(CareTeamMemberRemoved event) {
        members.remove(event.clinician());
    }
}
