package care.tandem.query.audit;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.query.api.PageRequest;
import care.tandem.query.api.ParticipantNotFoundException;
import care.tandem.query.api.QueryApi;
import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "Every attendance fact of a plan in recorded order, with provenance")
    @GetMapping("/attendance-audit")
    AttendanceAuditResponse attendanceAudit(@PathVariable PlanId planId, PageRequest page) {
        return AttendanceAuditResponse.ofPlan(audits.findPlan(planId), page);
    }

    @Operation(summary = "The attendance facts naming one participant, narrowed to them")
    @GetMapping("/participants/{participantId}/attendance-audit")
    AttendanceAuditResponse participantAttendanceAudit(@PathVariable PlanId planId,
                                                       @PathVariable ParticipantId participantId, PageRequest page) {
        AttendanceAuditDocument audit = audits.findPlan(planId);
        if (!audit.hasEverHadMember(participantId.value())) {
            throw new ParticipantNotFoundException(planId, participantId, AttendanceAuditProjection.PROCESSING_GROUP);
        }
        return AttendanceAuditResponse.ofParticipant(audit, participantId.value(), page);
    }
}
