package care.tandem.query.hours;

import care.tandem.query.readmodel.PlanDirectoryDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

/** The directory of enrolments, which the weekly hours read in full to find everyone enrolled in a week. */
@Repository
class Enrolments extends PlanDirectoryDocuments<EnrolmentDocument> {

    Enrolments(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "weekly-hours-enrolments", EnrolmentDocument.class, EnrolmentDocument::empty);
    }
}
