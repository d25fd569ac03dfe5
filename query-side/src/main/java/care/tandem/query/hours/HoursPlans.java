package care.tandem.query.hours;

import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

@Repository
class HoursPlans extends PlanDocuments<HoursPlanDocument> {

    HoursPlans(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "weekly-hours-plans", HoursPlanDocument.class, HoursPlanDocument::empty);
    }
}
