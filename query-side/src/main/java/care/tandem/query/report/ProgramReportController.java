package care.tandem.query.report;

import care.tandem.query.api.Period;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
class ProgramReportController {

    private final ProgramReport report;

    ProgramReportController(ProgramReport report) {
        this.report = report;
    }

    @Operation(summary = "Program figures per week, without names or participant ids")
    @GetMapping("/program")
    ProgramReportResponse program(Period period) {
        return new ProgramReportResponse(report.byWeek(period));
    }

    @Operation(summary = "Program figures per clinician and week")
    @GetMapping("/clinicians")
    ClinicianReportResponse clinicians(Period period) {
        return new ClinicianReportResponse(report.byClinician(period));
    }
}
