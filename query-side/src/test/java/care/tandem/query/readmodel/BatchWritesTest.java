package care.tandem.query.readmodel;

import care.tandem.events.id.PlanId;
import care.tandem.query.readmodel.PlanDocumentsTest.TallyDocument;
import care.tandem.query.testing.InMemoryMongo;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMember;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** How a processor's batch of events reads and writes the documents, driven as a tracking processor drives it. */
class BatchWritesTest {

    private static final PlanId PLAN = PlanId.of("plan-1");
    private static final PlanId OTHER_PLAN = PlanId.of("plan-2");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    /** The commands this test's client sent, as "command collection", reads and writes only. */
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private MongoClient client;
    /** The database as the documents see it, through the client whose commands are recorded. */
    private MongoDatabase database;
    /** The same database through another client, to look at and to write as another node would. */
    private MongoDatabase unobserved;
    private PlanDocuments<TallyDocument> tallies;
    private PlanDocuments<TallyDocument> shares;

    @BeforeEach
    void newCollections() {
        CommandListener recordReadsAndWrites = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (Set.of("find", "update").contains(event.getCommandName())) {
                    commands.add(event.getCommandName() + " " + event.getCommand().getString(event.getCommandName())
                            .getValue());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.connectionString()))
                .addCommandListener(recordReadsAndWrites)
                .build());
        unobserved = mongo.freshDatabase();
        database = client.getDatabase(unobserved.getName());
        tallies = tallyCollection("tallies");
        shares = tallyCollection("shares");
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void aBatchReadsEachDocumentOnceAndWritesEveryChangeOnceWhenItsLastEventIsHandled() {
        ResultMessage<?> result = handleBatch(List.of(0, 1, 1, 2, 0), sequence -> {
            tallies.apply(sequence == 0 ? OTHER_PLAN : PLAN, sequence, TallyDocument::counted);
            assertThat(storedTallies()).as("nothing written before the batch ends").isEmpty();
        });

        assertThat(result.isExceptional()).isFalse();
        assertThat(storedTallies()).containsExactlyInAnyOrder(
                new Document("_id", PLAN.value()).append("lastAppliedSequence", 2L).append("tally", 2),
                new Document("_id", OTHER_PLAN.value()).append("lastAppliedSequence", 0L).append("tally", 1));
        assertThat(commands).containsExactly("find tallies", "find tallies", "update tallies");
    }

    @Test
    void aPlansSharesOfViewsAcrossPlansAreWrittenBeforeThePlansOwnDocuments() {
        handleBatch(List.of(0, 1), sequence -> {
            tallies.apply(PLAN, sequence, TallyDocument::counted);
            shares.apply(DocumentKey.of("week", PLAN), sequence, TallyDocument::counted);
        });

        assertThat(commands).endsWith("update shares", "update tallies");
        assertThat(tallies.find(PLAN)).contains(new TallyDocument(PLAN.value(), 1, 2));
        assertThat(shares.find(DocumentKey.of("week", PLAN)))
                .contains(new TallyDocument("week/" + PLAN.value(), 1, 2));
    }

    @Test
    void aBatchThatFailsWritesNothingOfIt() {
        ResultMessage<?> result = handleBatch(List.of(0, 1, 2), sequence -> {
            tallies.apply(PLAN, sequence, TallyDocument::counted);
            if (sequence == 2) {
                throw new IllegalStateException("the last handler fails");
            }
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(storedTallies()).isEmpty();
    }

    /** A dead-letter queue swallows a failed handler's exception; what the handler changed must not be written. */
    @Test
    void aFailedHandlerTakesBackItsOwnChangesAndTheRestOfTheBatchIsWritten() throws Exception {
        MessageHandlingMember<FailingProjection> handler = new AllOrNothingEventHandlers().wrapHandler(
                new AnnotatedMessageHandlingMember<>(FailingProjection.class.getDeclaredMethod("on", Integer.class),
                        EventMessage.class, Integer.class,
                        ClasspathParameterResolverFactory.forClass(FailingProjection.class)));
        FailingProjection projection = new FailingProjection(tallies, shares);

        ResultMessage<?> result = handleBatch(List.of(0, 1, 2), sequence -> {
            try {
                handler.handle(event(sequence), projection);
            } catch (Exception parked) {
                // What the dead-lettering invoker does: the event is parked, the batch goes on.
            }
        });

        assertThat(result.isExceptional()).isFalse();
        assertThat(storedTallies()).containsExactly(
                new Document("_id", PLAN.value()).append("lastAppliedSequence", 2L).append("tally", 2));
        assertThat(unobserved.getCollection("shares").find().into(new ArrayList<>())).isEmpty();
    }

    /** Counts plan-1's events; the event with sequence number 1 changes plan-2 and a share, then fails. */
    record FailingProjection(PlanDocuments<TallyDocument> tallies, PlanDocuments<TallyDocument> shares) {

        @EventHandler
        void on(Integer sequence) {
            if (sequence != 1) {
                tallies.apply(PLAN, sequence, TallyDocument::counted);
                return;
            }
            tallies.apply(OTHER_PLAN, sequence, TallyDocument::counted);
            shares.apply(DocumentKey.of("week", OTHER_PLAN), sequence, TallyDocument::counted);
            throw new IllegalStateException("a poison event");
        }
    }

    /** Another node wrote the plan while this one held it in a batch (two owners of a segment for a moment). */
    @Test
    void aBatchFailsWhenAnotherWriterChangedADocumentSinceTheBatchReadIt() {
        tallies.apply(PLAN, 0, TallyDocument::counted);

        ResultMessage<?> result = handleBatch(List.of(1, 2), sequence -> {
            tallies.apply(PLAN, sequence, TallyDocument::counted);
            if (sequence == 1) {
                unobserved.getCollection("tallies").replaceOne(new Document("_id", PLAN.value()),
                        new Document("lastAppliedSequence", 5L).append("tally", 9));
            }
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(MongoBulkWriteException.class);
        assertThat(storedTallies()).containsExactly(
                new Document("_id", PLAN.value()).append("lastAppliedSequence", 5L).append("tally", 9));
    }

    @Test
    void aUnitOfWorkWithoutTheWriteBackInterceptorStillWritesWhenItCommits() {
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event(0));
        tallies.apply(PLAN, 0, TallyDocument::counted);
        assertThat(storedTallies()).isEmpty();

        unitOfWork.commit();

        assertThat(tallies.find(PLAN)).contains(new TallyDocument(PLAN.value(), 0, 1));
    }

    /** Handles one event per sequence number in one batch, through the interceptor every read model's processor has. */
    private ResultMessage<?> handleBatch(List<Integer> sequences, Consumer<Integer> handler) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                sequences.stream().<EventMessage<?>>map(BatchWritesTest::event).toList());
        MessageHandler<EventMessage<?>> handle = event -> {
            handler.accept((Integer) event.getPayload());
            return null;
        };
        return batch.executeWithResult(() -> new DefaultInterceptorChain<>(
                batch, List.of(new WriteBackAtEndOfBatch()), handle).proceed());
    }

    private static EventMessage<?> event(int sequence) {
        return GenericEventMessage.asEventMessage(sequence);
    }

    private PlanDocuments<TallyDocument> tallyCollection(String name) {
        return new PlanDocuments<>(database, name, TallyDocument.class,
                                   id -> new TallyDocument(id, PlanDocument.NOTHING_APPLIED, 0)) {
        };
    }

    private List<Document> storedTallies() {
        return unobserved.getCollection("tallies").find().into(new ArrayList<>());
    }
}
