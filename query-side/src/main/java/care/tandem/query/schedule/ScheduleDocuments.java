package care.tandem.query.schedule;

import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

@Repository
class ScheduleDocuments extends PlanDocuments<ScheduleDocument> {

    ScheduleDocuments(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "schedules", ScheduleDocument.class, ScheduleDocument::empty);
    }
}
