package care.tandem.query.audit;

import care.tandem.events.id.PlanId;
import care.tandem.query.integrity.EventStoreIntegrity;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The compliance replay of a plan's attendance, read from the attendance audit. */
@RestController
@RequestMapping("/api/compliance/treatment-plans/{planId}")
class AttendanceHistoryController {

    private final AttendanceAuditDocuments audits;
    private final EventStoreIntegrity integrity;

    AttendanceHistoryController(AttendanceAuditDocuments audits, EventStoreIntegrity integrity) {
        this.audits = audits;
        this.integrity = integrity;
    }

    /** The parameters are read as text so that a malformed instant is a problem naming the parameter and the rule. */
    @Operation(summary = "The attendance record as it stood at an instant, or as it happened by an instant (JSON "
            + "or CSV), with whether the plan's history in the event store verified against its chain and checkpoint")
    @GetMapping("/attendance-history")
    ResponseEntity<?> attendanceHistory(
            @PathVariable PlanId planId,
            @RequestParam(name = Timelines.AS_OF, required = false) String asOf,
            @RequestParam(name = Timelines.OCCURRED_BEFORE, required = false) String occurredBefore,
            @RequestParam(name = HistoryFormat.FORMAT, required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Timelines timelines = Timelines.parse(asOf, occurredBefore);
        HistoryFormat form = HistoryFormat.of(format, accept);
        AttendanceHistory history = AttendanceHistory.of(audits.findPlan(planId), timelines)
                .verified(integrity.ofPlan(planId.value()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(form.mediaType());
        return switch (form) {
            case JSON -> answer.body(history);
            case CSV -> answer
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("attendance-history-" + planId + ".csv").build().toString())
                    .body(AttendanceHistoryCsv.write(history));
        };
    }
}
