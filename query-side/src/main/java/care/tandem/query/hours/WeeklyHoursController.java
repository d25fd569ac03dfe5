package care.tandem.query.hours;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.query.access.VisiblePlans;
import care.tandem.query.api.InvalidParameterException;
import care.tandem.query.api.Page;
import care.tandem.query.api.PageRequest;
import care.tandem.query.api.ParticipantNotFoundException;
import care.tandem.query.api.Period;
import care.tandem.query.api.PeriodArgumentResolver;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.api.QueryApi;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.IsoWeek;
import care.tandem.query.readmodel.ParticipantWeek;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

@RestController
class WeeklyHoursController {

    static final String UNDER_MINIMUM = "underMinimum";
    static final String AT_RISK = "atRisk";

    private final WeeklyHours weeklyHours;
    private final ClinicTime clinicTime;
    private final VisiblePlans visiblePlans;

    WeeklyHoursController(WeeklyHours weeklyHours, ClinicTime clinicTime, VisiblePlans visiblePlans) {
        this.weeklyHours = weeklyHours;
        this.clinicTime = clinicTime;
        this.visiblePlans = visiblePlans;
    }

    @Operation(summary = "Everyone enrolled in a week, with attended hours against their minimum")
    @GetMapping("/api/weekly-hours")
    WeeklyHoursResponse weeklyHours(@RequestParam(name = PeriodArgumentResolver.WEEK, required = false) String week,
                                    @RequestParam(name = UNDER_MINIMUM, defaultValue = "false") boolean underMinimum,
                                    @RequestParam(name = AT_RISK, defaultValue = "false") boolean atRisk,
                                    PageRequest page) {
        if (underMinimum && atRisk) {
            throw new InvalidParameterException(AT_RISK, "give only one of 'underMinimum' and 'atRisk': an ended week "
                    + "has people under the minimum, a week under way people at risk");
        }
        IsoWeek isoWeek = isoWeek(week);
        Predicate<String> visible = visiblePlans.toCaller();
        List<ParticipantWeek> enrolled = weeklyHours.of(List.of(isoWeek)).stream()
                .filter(row -> visible.test(row.planId())).toList();
        List<ParticipantWeek> under = enrolled.stream().filter(ParticipantWeek::underMinimum).toList();
        List<ParticipantWeek> risking = enrolled.stream().filter(ParticipantWeek::atRisk).toList();
        return new WeeklyHoursResponse(isoWeek.toString(), enrolled.size(), under.size(), risking.size(),
                                       Page.of(underMinimum ? under : atRisk ? risking : enrolled, page));
    }

    @Operation(summary = "One participant's attended hours per week")
    @GetMapping(QueryApi.PLAN_PATH + "/participants/{participantId}/weekly-hours")
    ParticipantWeeklyHoursResponse participantWeeklyHours(@PathVariable PlanId planId,
                                                          @PathVariable ParticipantId participantId, Period period) {
        List<IsoWeek> weeks = period.weeks(clinicTime);
        List<ParticipantWeek> rows = weeklyHours.ofParticipant(planId, participantId, weeks)
                .orElseThrow(() -> new PlanNotFoundException(planId, WeeklyHoursProjection.PROCESSING_GROUP));
        if (rows.isEmpty() && !weeklyHours.isMember(planId, participantId)) {
            throw new ParticipantNotFoundException(planId, participantId, WeeklyHoursProjection.PROCESSING_GROUP);
        }
        return new ParticipantWeeklyHoursResponse(planId.value(), participantId.value(), rows);
    }

    private static IsoWeek isoWeek(String week) {
        String rule = "one ISO week, written YYYY-Www (e.g. 2026-W47)";
        if (week == null) {
            throw new InvalidParameterException(PeriodArgumentResolver.WEEK, rule);
        }
        try {
            return IsoWeek.parse(week);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidParameterException(PeriodArgumentResolver.WEEK, rule);
        }
    }
}
