package care.tandem.query.access;

import care.tandem.access.Caller;
import care.tandem.access.MachineScope;
import care.tandem.query.careteam.CareTeams;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Every plan to a trusted system ({@code plans.read}); to a clinician, the plans whose care team admits them.
 * Break-the-glass opens one plan, never a list.
 */
@Component
class CareTeamVisiblePlans implements VisiblePlans {

    private final CareTeams careTeams;

    CareTeamVisiblePlans(CareTeams careTeams) {
        this.careTeams = careTeams;
    }

    @Override
    public Predicate<String> toCaller() {
        Caller caller = Callers.current();
        if (caller.has(MachineScope.PLANS_READ)) {
            return planId -> true;
        }
        Set<String> admitted = careTeams.plansAdmitting(caller.subject());
        return admitted::contains;
    }
}
