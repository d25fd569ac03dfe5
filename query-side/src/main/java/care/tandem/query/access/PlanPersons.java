package care.tandem.query.access;

import care.tandem.access.audit.RecordSubjects;
import care.tandem.events.id.PlanId;
import care.tandem.query.careteam.CareTeamDocument;
import care.tandem.query.careteam.CareTeams;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/** The members of a plan, so the access audit can be searched by person for every read of their plan. */
@Component
class PlanPersons implements RecordSubjects {

    private final CareTeams careTeams;

    PlanPersons(CareTeams careTeams) {
        this.careTeams = careTeams;
    }

    @Override
    public Set<String> personsOf(String planId) {
        return careTeams.find(PlanId.of(planId)).map(CareTeamDocument::personIds)
                .<Set<String>>map(LinkedHashSet::new).orElse(Set.of());
    }
}
