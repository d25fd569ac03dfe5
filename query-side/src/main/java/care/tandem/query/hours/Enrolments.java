package care.tandem.query.hours;

import care.tandem.events.id.PlanId;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The directory of enrolments, keyed {@code plan/<planId>}: the common prefix makes the whole directory one
 * {@code _id} range, which is how the weekly hours read it in full.
 */
@Repository
class Enrolments extends PlanDocuments<EnrolmentDocument> {

    private static final DocumentKey DIRECTORY = DocumentKey.of("plan");

    Enrolments(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "weekly-hours-enrolments", EnrolmentDocument.class, EnrolmentDocument::empty);
    }

    @Override
    public void apply(PlanId planId, long sequenceNumber, UnaryOperator<EnrolmentDocument> change) {
        apply(keyOf(planId), sequenceNumber, change);
    }

    @Override
    public Optional<EnrolmentDocument> find(PlanId planId) {
        return find(keyOf(planId));
    }

    List<EnrolmentDocument> everyPlan() {
        return findAllUnder(DIRECTORY);
    }

    private static DocumentKey keyOf(PlanId planId) {
        return DIRECTORY.with(planId.value());
    }
}
