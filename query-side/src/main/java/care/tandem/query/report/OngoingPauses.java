package care.tandem.query.report;

import care.tandem.events.id.PlanId;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.function.UnaryOperator;

/** Keyed {@code plan/<planId>}: the common prefix makes every plan's ongoing pause one {@code _id} range. */
@Repository
class OngoingPauses extends PlanDocuments<OngoingPauseDocument> {

    private static final DocumentKey EVERY_PLAN = DocumentKey.of("plan");

    OngoingPauses(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "program-report-ongoing-pauses", OngoingPauseDocument.class,
              OngoingPauseDocument::empty);
    }

    @Override
    public void apply(PlanId planId, long sequenceNumber, UnaryOperator<OngoingPauseDocument> change) {
        apply(EVERY_PLAN.with(planId.value()), sequenceNumber, change);
    }

    List<Pause> everyOngoingPause() {
        return findAllUnder(EVERY_PLAN).stream().map(OngoingPauseDocument::pause).filter(pause -> pause != null)
                .toList();
    }
}
