package care.tandem.query.directory;

import care.tandem.query.access.VisiblePlans;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.api.PageRequestArgumentResolver;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.directory.PlanDirectoryDocument.CouplesTherapyPause;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RECORDED_AT;
import static care.tandem.query.testing.PlanFixtures.discharged;
import static care.tandem.query.testing.PlanFixtures.discontinued;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.paused;
import static care.tandem.query.testing.PlanFixtures.resumed;
import static care.tandem.query.testing.PlanFixtures.riley;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanFixtures.steppedUpToPartialHospitalization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory of plans and clinicians: what the dashboard lists and links to. */
class PlanDirectoryTest {

    /** Which plans a caller sees is AccessHttpTest's subject; these tests see every plan. */
    private static final VisiblePlans EVERY_PLAN = () -> plan -> true;

    private static final PlanId FAMILY_PLAN = PlanId.of("plan-10");
    private static final ClinicianId FAMILY_CLINICIAN = ClinicianId.of("c-okafor");
    private static final ClinicianId GROUP_CLINICIAN = ClinicianId.of("c-ade");
    private static final Instant FAMILY_OPENED = Instant.parse("2026-03-03T10:00:00Z");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private PlanDirectory directory;
    private PlanDirectoryProjection projection;
    private Projector projector;
    private MockMvc http;

    @BeforeEach
    void newDirectory() {
        directory = new PlanDirectory(mongo.freshDatabase());
        projection = new PlanDirectoryProjection(directory);
        projector = new Projector(projection);
        http = MockMvcBuilders.standaloneSetup(new PlanDirectoryController(directory, EVERY_PLAN))
                .setCustomArgumentResolvers(new PageRequestArgumentResolver())
                .build();
    }

    @Test
    void anOpenedPlanIsListedWithItsUnitClinicianAndLevelInForce() {
        projector.project(opened(), steppedUpToPartialHospitalization());

        assertThat(entry(PLAN)).isEqualTo(new PlanEntry(PLAN.value(), UnitKind.COUPLE, CLINICIAN.value(),
                                                        LevelOfCare.PHP, RECORDED_AT, null, List.of()));
    }

    @Test
    void everyPauseIsKeptWithHowLongItLasted() {
        Instant resumedAt = RECORDED_AT.plusSeconds(3_600);
        Instant pausedAgainAt = RECORDED_AT.plusSeconds(7_200);
        Instant dischargedAt = RECORDED_AT.plusSeconds(10_800);
        projector.project(opened(), paused(), new CouplesTherapyResumed(PLAN, List.of(), CLINICIAN, resumedAt),
                          new CouplesTherapyPaused(PLAN, PauseReason.ACTIVE_CONFLICT, LocalDate.parse("2026-04-01"),
                                                   JointSessionHandling.CONVERT_TO_INDIVIDUAL, CLINICIAN,
                                                   pausedAgainAt));
        assertThat(entry(PLAN).couplesTherapyPauses()).containsExactly(
                new CouplesTherapyPause(PauseReason.EMOTIONAL_SAFETY, RECORDED_AT, resumedAt),
                new CouplesTherapyPause(PauseReason.ACTIVE_CONFLICT, pausedAgainAt, null));

        projector.project(new TreatmentPlanDischarged(PLAN, List.of(), CLINICIAN, dischargedAt));

        assertThat(entry(PLAN).dischargedAt()).isEqualTo(dischargedAt);
        assertThat(entry(PLAN).couplesTherapyPauses()).extracting(CouplesTherapyPause::endedAt)
                .containsExactly(resumedAt, dischargedAt);
    }

    @Test
    void discontinuingEndsThePauseAndEndsNothingWithoutOne() {
        projector.project(opened(), discontinued(), paused(), discontinued(), discharged());

        assertThat(entry(PLAN).couplesTherapyPauses())
                .containsExactly(new CouplesTherapyPause(PauseReason.EMOTIONAL_SAFETY, RECORDED_AT, RECORDED_AT));
    }

    @Test
    void plansInterleavedAndRedeliveredKeepTheirOwnEntriesAndNameEveryClinician() throws Exception {
        Projector familyPlan = new Projector(projection, FAMILY_PLAN);
        familyPlan.project(new TreatmentPlanOpened(FAMILY_PLAN, UnitKind.FAMILY, List.of(riley()), FAMILY_CLINICIAN,
                                                   LevelOfCare.IOP_ADOLESCENT, FAMILY_OPENED));
        projector.project(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"));
        familyPlan.project(new SessionScheduled(FAMILY_PLAN, SessionId.of("s-group"), SessionKind.MULTI_FAMILY_GROUP,
                                                FAMILY_OPENED, 90, GROUP_CLINICIAN, List.of(riley().participantId()),
                                                LocationMode.SAME_LOCATION, null, null));
        projector.project(paused());
        familyPlan.redeliver(0);
        projector.redeliver(2);
        familyPlan.redeliver(1);

        assertThat(directory.everyPlan()).extracting(PlanDirectoryDocument::planId, PlanDirectoryDocument::clinicianIds)
                .containsExactly(tuple(FAMILY_PLAN.value(),
                                                                     List.of(GROUP_CLINICIAN.value(),
                                                                             FAMILY_CLINICIAN.value())),
                                 tuple(PLAN.value(), List.of(CLINICIAN.value())));
        assertThat(entry(PLAN).couplesTherapyPauses()).hasSize(1);

        http.perform(get("/api/treatment-plans").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[*].planId").value(contains(FAMILY_PLAN.value())))
                .andExpect(jsonPath("$.items[0].unitKind").value("FAMILY"))
                .andExpect(jsonPath("$.items[0].primaryClinicianId").value(FAMILY_CLINICIAN.value()));
        http.perform(get("/api/treatment-plans").param("page", "1").param("size", "1"))
                .andExpect(jsonPath("$.items[*].planId").value(contains(PLAN.value())));
        http.perform(get("/api/clinicians"))
                .andExpect(jsonPath("$.clinicianIds").value(contains(GROUP_CLINICIAN.value(), CLINICIAN.value(),
                                                                     FAMILY_CLINICIAN.value())));
    }

    @Test
    void onePlanIsFoundByIdAndAnUnknownOneIsNotFound() throws Exception {
        projector.project(opened(), paused());

        http.perform(get("/api/treatment-plans/{planId}", PLAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value(PLAN.value()))
                .andExpect(jsonPath("$.couplesTherapyPauses[0].reason").value("EMOTIONAL_SAFETY"))
                .andExpect(jsonPath("$.couplesTherapyPauses[0].endedAt").isEmpty());
        http.perform(get("/api/treatment-plans/{planId}", "plan-unknown"))
                .andExpect(status().isNotFound())
                .andExpect(result -> assertThat(result.getResolvedException())
                        .isInstanceOf(PlanNotFoundException.class));
    }

    @Test
    void theDirectoryHasNoMembersAndNoNames() throws Exception {
        projector.project(opened());

        String answer = http.perform(get("/api/treatment-plans")).andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain(AVERY.value(), JORDAN.value(), "Quinn");
    }

    @Test
    void aResetForgetsEveryPlan() {
        projector.project(opened());

        projector.reset();

        assertThat(directory.everyPlan()).isEmpty();
    }

    private PlanEntry entry(PlanId planId) {
        return PlanEntry.from(directory.find(planId).orElseThrow());
    }
}
