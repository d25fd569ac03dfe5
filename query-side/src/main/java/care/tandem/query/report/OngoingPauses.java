package care.tandem.query.report;

import care.tandem.query.readmodel.PlanDirectoryDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Objects;

/** Each plan's pause in force, if any: read in full to count the time of every pause still in force up to now. */
@Repository
class OngoingPauses extends PlanDirectoryDocuments<OngoingPauseDocument> {

    OngoingPauses(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "program-report-ongoing-pauses", OngoingPauseDocument.class,
              OngoingPauseDocument::empty);
    }

    List<Pause> everyOngoingPause() {
        return everyPlan().stream().map(OngoingPauseDocument::pause).filter(Objects::nonNull).toList();
    }
}
