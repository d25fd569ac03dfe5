package care.tandem.query.calendar;

import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

@Repository
class CalendarPlanDocuments extends PlanDocuments<CalendarPlanDocument> {

    CalendarPlanDocuments(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "clinicianCalendarPlans", CalendarPlanDocument.class, CalendarPlanDocument::empty);
    }
}
