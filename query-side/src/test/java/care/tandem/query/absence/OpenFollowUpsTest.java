package care.tandem.query.absence;

import care.tandem.query.access.VisiblePlans;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.absence.OpenFollowUpsDocument.PartnerOpenItems;
import care.tandem.query.api.PageRequestArgumentResolver;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Instant;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RECORDED_AT;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.concernAboutJordan;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.left;
import static care.tandem.query.testing.PlanFixtures.makeupAttendedByJordan;
import static care.tandem.query.testing.PlanFixtures.makeupOfferedToJordan;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.partner;
import static care.tandem.query.testing.PlanFixtures.partnersInformed;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanFixtures.summaryOfferedToJordan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The program-wide directory of open absent-partner follow-ups and active participation concerns. */
class OpenFollowUpsTest {

    /** Which plans a caller sees is AccessHttpTest's subject; these tests see every plan. */
    private static final VisiblePlans EVERY_PLAN = () -> plan -> true;

    private static final String FIRST = "2026-03-02T15:00:00Z";
    private static final String SECOND = "2026-03-09T15:00:00Z";
    private static final PlanId OTHER_PLAN = PlanId.of("plan-10");
    private static final ParticipantId SAM = ParticipantId.of("p-sam");
    private static final ParticipantId KIM = ParticipantId.of("p-kim");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private AbsentPartnerSummaryProjection projection;
    private OpenFollowUps openFollowUps;
    private Projector projector;
    private MockMvc http;

    @BeforeEach
    void aCoupleWithTwoJointSessions() {
        MongoDatabase database = mongo.freshDatabase();
        openFollowUps = new OpenFollowUps(database);
        projection = new AbsentPartnerSummaryProjection(new AbsentPartnerSummaryDocuments(database), openFollowUps);
        projector = new Projector(projection);
        http = MockMvcBuilders.standaloneSetup(new OpenFollowUpsController(openFollowUps, EVERY_PLAN))
                .setCustomArgumentResolvers(new PageRequestArgumentResolver())
                .build();
        projector.project(opened(), scheduled("s-1", FIRST), scheduled("s-2", SECOND));
    }

    @Test
    void aPlanIsListedWhileAMissedJointSessionAwaitsItsFollowUp() {
        assertThat(openFollowUps.plansWithOpenItems()).isEmpty();

        projector.project(jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null));
        assertThat(openItems()).containsExactly(new PartnerOpenItems(JORDAN.value(), false, 1, 0));

        projector.project(partnersInformed("s-1"));
        assertThat(openItems()).containsExactly(new PartnerOpenItems(JORDAN.value(), false, 1, 0));

        projector.project(summaryOfferedToJordan("s-1"));
        assertThat(openFollowUps.plansWithOpenItems()).isEmpty();
    }

    @Test
    void aMakeupOfferedKeepsTheFollowUpOpenUntilItIsAttended() {
        projector.project(jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null), partnersInformed("s-1"),
                          makeupOfferedToJordan("s-1"));
        assertThat(openItems()).containsExactly(new PartnerOpenItems(JORDAN.value(), false, 1, 0));

        projector.project(makeupAttendedByJordan("s-1", "m-1"));
        assertThat(openFollowUps.plansWithOpenItems()).isEmpty();
    }

    @Test
    void anActiveConcernIsListedUntilThePartnerAttendsAgainAndAPartnerWhoLeftIsMarked() {
        projector.project(jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null), partnersInformed("s-1"),
                          summaryOfferedToJordan("s-1"), concernAboutJordan("s-1"));
        assertThat(openItems()).containsExactly(new PartnerOpenItems(JORDAN.value(), false, 0, 1));

        projector.project(left(JORDAN));
        assertThat(openItems()).containsExactly(new PartnerOpenItems(JORDAN.value(), true, 0, 1));

        projector.project(attendedTogether("s-2"));
        assertThat(openFollowUps.plansWithOpenItems()).isEmpty();
    }

    @Test
    void plansInterleavedAndRedeliveredKeepTheirOwnEntries() throws Exception {
        Projector otherPlan = new Projector(projection, OTHER_PLAN);
        otherPlan.project(new TreatmentPlanOpened(OTHER_PLAN, UnitKind.COUPLE,
                                                  List.of(partner(SAM, "Sam"), partner(KIM, "Kim")), CLINICIAN,
                                                  LevelOfCare.IOP_ADULT, RECORDED_AT));
        projector.project(jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null));
        otherPlan.project(couplesSession("s-1", FIRST), kimAbsent("s-1"), couplesSession("s-2", SECOND));
        projector.project(jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, null), concernAboutJordan("s-2"));
        otherPlan.project(kimAbsent("s-2"));
        otherPlan.redeliver(2);
        projector.redeliver(3);
        otherPlan.redeliver(0);

        assertThat(openFollowUps.plansWithOpenItems())
                .extracting(OpenFollowUpsDocument::planId, OpenFollowUpsDocument::partners)
                .containsExactly(
                        tuple(OTHER_PLAN.value(),
                                                            List.of(new PartnerOpenItems(KIM.value(), false, 2, 0))),
                        tuple(PLAN.value(),
                                                            List.of(new PartnerOpenItems(JORDAN.value(), false, 2,
                                                                                         1))));

        http.perform(get("/api/absent-partner-follow-ups").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openFollowUps").value(4))
                .andExpect(jsonPath("$.activeParticipationConcerns").value(1))
                .andExpect(jsonPath("$.plans.totalItems").value(2))
                .andExpect(jsonPath("$.plans.items[*].planId").value(contains(OTHER_PLAN.value())))
                .andExpect(jsonPath("$.plans.items[0].partners[0].participantId").value(KIM.value()));
        http.perform(get("/api/absent-partner-follow-ups").param("page", "1").param("size", "1"))
                .andExpect(jsonPath("$.plans.items[*].planId").value(contains(PLAN.value())));
    }

    @Test
    void theDirectoryHasNoNames() throws Exception {
        projector.project(jordanAbsent("s-1", AbsenceReason.OTHER, "a private reason"));

        String answer = http.perform(get("/api/absent-partner-follow-ups")).andReturn().getResponse()
                .getContentAsString();
        assertThat(answer).contains(JORDAN.value()).doesNotContain("Quinn", "private", AVERY.value());
    }

    @Test
    void aResetForgetsTheDirectory() {
        projector.project(jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null));

        projector.reset();

        assertThat(openFollowUps.everyPlan()).isEmpty();
    }

    private List<PartnerOpenItems> openItems() {
        List<OpenFollowUpsDocument> plans = openFollowUps.plansWithOpenItems();
        assertThat(plans).extracting(OpenFollowUpsDocument::planId).containsExactly(PLAN.value());
        return plans.get(0).partners();
    }

    private static SessionScheduled couplesSession(String sessionId, String startsAt) {
        return new SessionScheduled(OTHER_PLAN, SessionId.of(sessionId), SessionKind.COUPLES, Instant.parse(startsAt),
                                    60, CLINICIAN, List.of(SAM, KIM), LocationMode.SAME_LOCATION, null, null);
    }

    private static SoloAttendanceRecorded kimAbsent(String sessionId) {
        return new SoloAttendanceRecorded(OTHER_PLAN, SessionId.of(sessionId), SAM, KIM,
                                          AbsenceReason.SCHEDULING_CONFLICT, null,
                                          TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS,
                                          AdjustedFocus.COMMUNICATION_SKILLS, CLINICIAN, RECORDED_AT);
    }
}
