package care.tandem.query.careplan;

import care.tandem.events.id.PlanId;
import care.tandem.query.readmodel.PlanDirectoryDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
public class CarePlanRecords extends PlanDirectoryDocuments<CarePlanRecordDocument> {

    CarePlanRecords(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "care-plan-records", CarePlanRecordDocument.class, CarePlanRecordDocument::empty);
    }

    /** The plan's record, once the plan is opened. */
    public Optional<CarePlanRecordDocument> of(PlanId planId) {
        return find(planId).filter(record -> record.openedAt() != null);
    }
}
