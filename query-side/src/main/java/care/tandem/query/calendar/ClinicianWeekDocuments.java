package care.tandem.query.calendar;

import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

@Repository
class ClinicianWeekDocuments extends PlanDocuments<ClinicianWeekDocument> {

    ClinicianWeekDocuments(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "clinicianWeeks", ClinicianWeekDocument.class, ClinicianWeekDocument::empty);
    }
}
