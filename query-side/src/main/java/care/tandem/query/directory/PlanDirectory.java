package care.tandem.query.directory;

import care.tandem.events.id.PlanId;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The directory of plans, keyed {@code plan/<planId>}: the common prefix makes the whole directory one range. */
@Repository
class PlanDirectory extends PlanDocuments<PlanDirectoryDocument> {

    private static final DocumentKey DIRECTORY = DocumentKey.of("plan");

    PlanDirectory(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "plan-directory", PlanDirectoryDocument.class, PlanDirectoryDocument::empty);
    }

    @Override
    public void apply(PlanId planId, long sequenceNumber, UnaryOperator<PlanDirectoryDocument> change) {
        apply(keyOf(planId), sequenceNumber, change);
    }

    @Override
    public Optional<PlanDirectoryDocument> find(PlanId planId) {
        return find(keyOf(planId));
    }

    /** Every plan, in plan id order. */
    List<PlanDirectoryDocument> everyPlan() {
        return findAllUnder(DIRECTORY);
    }

    private static DocumentKey keyOf(PlanId planId) {
        return DIRECTORY.with(planId.value());
    }
}
