package care.tandem.query.report;

import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

@Repository
class ReportShares extends PlanDocuments<ReportShareDocument> {

    ReportShares(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "program-report", ReportShareDocument.class,
              id -> ReportShareDocument.of(DocumentKey.parse(id), ProgramFigures.NONE));
    }
}
