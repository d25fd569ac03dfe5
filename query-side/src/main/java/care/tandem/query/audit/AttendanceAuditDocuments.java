package care.tandem.query.audit;

import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

@Repository
class AttendanceAuditDocuments extends PlanDocuments<AttendanceAuditDocument> {

    AttendanceAuditDocuments(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "attendanceAudits", AttendanceAuditDocument.class, AttendanceAuditDocument::empty);
    }
}
