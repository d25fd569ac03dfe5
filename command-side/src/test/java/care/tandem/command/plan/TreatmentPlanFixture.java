package care.tandem.command.plan;

import care.tandem.events.EventMetadata;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

import static care.tandem.command.plan.PlanTestData.OPENED_AT;

/**
 * A fresh {@link AggregateTestFixture} per test, with an in-memory {@link SessionBookings} injected and the
 * fixture's clock (which drives the stub deadline manager) set to the moment the plan was opened.
 */
abstract class TreatmentPlanFixture {

    protected final InMemorySessionBookings bookings = new InMemorySessionBookings();
    protected FixtureConfiguration<TreatmentPlan> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(TreatmentPlan.class);
        fixture.registerInjectableResource(bookings);
        // The fixture checks that handling a command leaves the plan as replaying its events would. It compares
        // collections with equals(), and PlanSession and AbsenceFollowUp have none (identity only), so these
        // two maps would always differ; every other field is still compared.
        fixture.registerIgnoredField(PlanSessions.class, "sessions");
        fixture.registerIgnoredField(PlanSessions.class, "followUps");
        // The domain rules' tests act as a client trusted with every plan; CareTeamTest sends its own actors.
        fixture.registerCommandDispatchInterceptor(messages -> (index, command) ->
                !command.getMetaData().isEmpty() ? command
                        : command.andMetaData(Map.of(EventMetadata.ACTOR, "test-client",
                                CareTeamPolicy.REACHES_ALL_PLANS, "true")));
    }

    /** Past events, applied without their commands: nothing is booked and no deadline scheduled. */
    protected TestExecutor<TreatmentPlan> given(Object... events) {
        return fixture.givenCurrentTime(OPENED_AT).andGiven(events);
    }

    /** Past commands, handled for real: they book sessions and schedule deadlines. */
    protected TestExecutor<TreatmentPlan> givenCommands(Object... commands) {
        return fixture.givenCurrentTime(OPENED_AT).andGivenCommands(commands);
    }

    protected TestExecutor<TreatmentPlan> givenNoPriorActivity() {
        return fixture.givenCurrentTime(OPENED_AT);
    }
}
