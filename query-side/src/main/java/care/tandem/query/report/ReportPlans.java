package care.tandem.query.report;

import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

@Repository
class ReportPlans extends PlanDocuments<ReportPlanDocument> {

    ReportPlans(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "program-report-plans", ReportPlanDocument.class, ReportPlanDocument::empty);
    }
}
