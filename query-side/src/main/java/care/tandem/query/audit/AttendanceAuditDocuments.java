package care.tandem.query.audit;

import care.tandem.events.id.PlanId;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

/** The attendance audits; the compliance replay reads them too. */
@Repository
public class AttendanceAuditDocuments extends PlanDocuments<AttendanceAuditDocument> {

    AttendanceAuditDocuments(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "attendanceAudits", AttendanceAuditDocument.class, AttendanceAuditDocument::empty);
    }

    /** The plan's audit, or a 404 problem for the query API. */
    public AttendanceAuditDocument findPlan(PlanId planId) {
        return find(planId)
                .orElseThrow(() -> new PlanNotFoundException(planId, AttendanceAuditProjection.PROCESSING_GROUP));
    }
}
