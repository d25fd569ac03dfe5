package care.tandem.query.directory;

import care.tandem.query.readmodel.PlanDirectoryDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

@Repository
class PlanDirectory extends PlanDirectoryDocuments<PlanDirectoryDocument> {

    PlanDirectory(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "plan-directory", PlanDirectoryDocument.class, PlanDirectoryDocument::empty);
    }
}
