package care.tandem.query.absence;

import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

@Repository
class AbsentPartnerSummaryDocuments extends PlanDocuments<AbsentPartnerSummaryDocument> {

    AbsentPartnerSummaryDocuments(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "absentPartnerSummaries", AbsentPartnerSummaryDocument.class,
              AbsentPartnerSummaryDocument::empty);
    }
}
