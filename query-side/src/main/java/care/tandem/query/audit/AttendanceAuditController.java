package care.tandem.query.audit;

import care.tandem.events.id.PlanId;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(QueryApi.PLAN_PATH)
class AttendanceAuditController {

    private final AttendanceAuditDocuments audits;

    AttendanceAuditController(AttendanceAuditDocuments audits) {
        this.audits = audits;
    }

    @GetMapping("/attendance-audit")
    AttendanceAuditResponse attendanceAudit(@PathVariable PlanId planId) {
        return audits.find(planId)
                .map(AttendanceAuditResponse::from)
                .orElseThrow(() -> new PlanNotFoundException(planId, AttendanceAuditProjection.PROCESSING_GROUP));
    }
}
