package care.tandem.query.absence;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.query.api.ParticipantNotFoundException;
import care.tandem.query.api.PlanNotFoundException;
import care.tandem.query.testing.InMemoryMongo;
import com.mongodb.client.MongoDatabase;
import care.tandem.query.testing.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RILEY;
import static care.tandem.query.testing.PlanFixtures.added;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.riley;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A plan's absent-partner summary, whole or for one partner. */
class AbsentPartnerSummaryControllerTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private MockMvc http;
    private Projector projector;

    @BeforeEach
    void aCoupleWithAChild() {
        MongoDatabase database = mongo.freshDatabase();
        AbsentPartnerSummaryDocuments summaries = new AbsentPartnerSummaryDocuments(database);
        projector = new Projector(new AbsentPartnerSummaryProjection(summaries, new OpenFollowUps(database)));
        http = MockMvcBuilders.standaloneSetup(new AbsentPartnerSummaryController(summaries)).build();
        projector.project(opened(), added(riley()), scheduled("s-1", "2026-03-02T15:00:00Z"),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null));
    }

    @Test
    void onePartnersSummaryHasThatPartnerAlone() throws Exception {
        http.perform(get("/api/treatment-plans/{planId}/partners/{participantId}/absent-partner-summary", PLAN, JORDAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value(PLAN.value()))
                .andExpect(jsonPath("$.partners[*].participantId").value(contains(JORDAN.value())))
                .andExpect(jsonPath("$.partners[0].jointSessionsMissed").value(1));
        http.perform(get("/api/treatment-plans/{planId}/absent-partner-summary", PLAN))
                .andExpect(jsonPath("$.partners[*].participantId").value(contains(AVERY.value(), JORDAN.value())));
    }

    @Test
    void aMemberWhoIsNoPartnerOrAnUnknownPlanIsNotFound() throws Exception {
        http.perform(get("/api/treatment-plans/{planId}/partners/{participantId}/absent-partner-summary", PLAN, RILEY))
                .andExpect(status().isNotFound())
                .andExpect(result -> assertThat(result.getResolvedException())
                        .isInstanceOf(ParticipantNotFoundException.class));
        http.perform(get("/api/treatment-plans/{planId}/partners/{participantId}/absent-partner-summary",
                         "plan-unknown", JORDAN))
                .andExpect(status().isNotFound())
                .andExpect(result -> assertThat(result.getResolvedException())
                        .isInstanceOf(PlanNotFoundException.class));
    }
}
