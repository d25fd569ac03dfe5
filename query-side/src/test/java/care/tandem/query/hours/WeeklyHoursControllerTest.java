package care.tandem.query.hours;

import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.MemberRole;
import care.tandem.query.access.VisiblePlans;
import care.tandem.query.api.PageRequestArgumentResolver;
import care.tandem.query.api.PeriodArgumentResolver;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.IsoWeek;
import care.tandem.query.readmodel.ParticipantWeek.WeekStatus;
import care.tandem.query.readmodel.ParticipantWeek;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.ZoneOffset;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The program-wide weekly hours: the under-minimum filter, and counts that ignore filter and page. */
class WeeklyHoursControllerTest {

    /** Which plans a caller sees is AccessHttpTest's subject; these tests see every plan. */
    private static final VisiblePlans EVERY_PLAN = () -> plan -> true;

    private static final String WEEK = "2026-W10";

    private final WeeklyHours weeklyHours = mock(WeeklyHours.class);
    private final ClinicTime clinicTime = new ClinicTime(ZoneOffset.UTC);
    private final MockMvc http = MockMvcBuilders.standaloneSetup(new WeeklyHoursController(weeklyHours, clinicTime, EVERY_PLAN))
            .setCustomArgumentResolvers(new PeriodArgumentResolver(clinicTime), new PageRequestArgumentResolver())
            .build();

    @Test
    void theUnderMinimumFilterLeavesOutWhoMeetsTheirMinimumAndTheCountsStayWhole() throws Exception {
        when(weeklyHours.of(List.of(IsoWeek.parse(WEEK)))).thenReturn(List.of(
                row("p-avery", 9.0, false), row("p-jordan", 4.5, true), row("p-riley", 0.0, true)));

        http.perform(get("/api/weekly-hours").param("week", WEEK).param("underMinimum", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enrolledParticipants").value(3))
                .andExpect(jsonPath("$.underMinimumCount").value(2))
                .andExpect(jsonPath("$.participants.totalItems").value(2))
                .andExpect(jsonPath("$.participants.items[*].participantId").value(contains("p-jordan", "p-riley")));
        http.perform(get("/api/weekly-hours").param("week", WEEK))
                .andExpect(jsonPath("$.participants.items[*].participantId").value(contains("p-avery", "p-jordan", "p-riley")));
    }

    private static ParticipantWeek row(String participantId, double attendedHours, boolean underMinimum) {
        return new ParticipantWeek(WEEK, "plan-7", participantId, MemberRole.PARTNER, false, "c-lee",
                                   LevelOfCare.IOP_ADULT, 9, true, 7, 9.0, attendedHours, 9.0, 0.0,
                                   underMinimum ? WeekStatus.UNDER_MINIMUM : WeekStatus.MET);
    }
}
