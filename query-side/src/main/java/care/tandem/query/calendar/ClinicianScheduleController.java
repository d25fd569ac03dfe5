package care.tandem.query.calendar;

import care.tandem.events.id.ClinicianId;
import care.tandem.query.access.VisiblePlans;
import care.tandem.query.api.Period;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.IsoWeek;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ClinicianScheduleController {

    private final ClinicianWeekDocuments weeks;
    private final ClinicTime clinicTime;
    private final VisiblePlans visiblePlans;

    ClinicianScheduleController(ClinicianWeekDocuments weeks, ClinicTime clinicTime, VisiblePlans visiblePlans) {
        this.weeks = weeks;
        this.clinicTime = clinicTime;
        this.visiblePlans = visiblePlans;
    }

    /**
     * A bounded period only: a clinician's whole history is not one screen. A clinician without sessions in it has an
     * empty calendar, not a 404: the read model cannot tell an unknown clinician from a free one. A clinician reading
     * a colleague's calendar sees the sessions of the plans on their own care teams only.
     */
    @Operation(summary = "A clinician's sessions across plans, day by day")
    @GetMapping("/api/clinicians/{clinicianId}/schedule")
    ClinicianScheduleResponse schedule(@PathVariable ClinicianId clinicianId, Period period) {
        List<IsoWeek> touched = period.requireBounded().weeks(clinicTime);
        List<ClinicianWeekDocument> documents = weeks.findAllBetween(
                DocumentKey.of(clinicianId, touched.get(0)),
                DocumentKey.of(clinicianId, touched.get(touched.size() - 1)));
        return ClinicianScheduleResponse.from(clinicianId.value(), period, clinicTime, documents,
                visiblePlans.toCaller());
    }
}
