package care.tandem.query.careteam;

import care.tandem.query.readmodel.PlanDirectoryDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Repository
public class CareTeams extends PlanDirectoryDocuments<CareTeamDocument> {

    CareTeams(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "care-teams", CareTeamDocument.class, CareTeamDocument::empty);
    }

    /** The care teams of the plans the person is a member of. */
    public List<CareTeamDocument> ofPerson(String participantId) {
        return everyPlan().stream().filter(team -> team.personIds().contains(participantId)).toList();
    }

    /** The plans the clinician may read: those whose care team admits them. */
    public Set<String> plansAdmitting(String clinicianId) {
        return everyPlan().stream().filter(team -> team.admits(clinicianId)).map(CareTeamDocument::planId)
                .collect(Collectors.toSet());
    }
}
