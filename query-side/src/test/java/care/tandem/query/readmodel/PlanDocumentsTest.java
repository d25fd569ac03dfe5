package care.tandem.query.readmodel;

import care.tandem.events.id.PlanId;
import care.tandem.query.testing.InMemoryMongo;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.codecs.pojo.annotations.BsonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanDocumentsTest {

    private static final PlanId PLAN = PlanId.of("plan-1");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private PlanDocuments<TallyDocument> tallies;

    /** Counts the events applied to it. */
    public record TallyDocument(@BsonId String id, long lastAppliedSequence, int tally)
            implements PlanDocument<TallyDocument> {

        @Override
        public TallyDocument withLastAppliedSequence(long sequence) {
            return new TallyDocument(id, sequence, tally);
        }

        TallyDocument counted() {
            return new TallyDocument(id, lastAppliedSequence, tally + 1);
        }
    }

    @BeforeEach
    void newCollection() {
        tallies = new PlanDocuments<>(mongo.freshDatabase(), "tallies", TallyDocument.class,
                                      planId -> new TallyDocument(planId, PlanDocument.NOTHING_APPLIED, 0)) {
        };
    }

    @Test
    void appliesEachSequenceNumberOnce() {
        tallies.apply(PLAN, 0, TallyDocument::counted);
        tallies.apply(PLAN, 1, TallyDocument::counted);
        tallies.apply(PLAN, 1, TallyDocument::counted);
        tallies.apply(PLAN, 0, TallyDocument::counted);
        tallies.apply(PLAN, 3, TallyDocument::counted);

        assertThat(tallies.find(PLAN)).contains(new TallyDocument(PLAN.value(), 3, 3));
    }

    @Test
    void rejectsAWriteBasedOnADocumentAnotherWriterChangedSinceItWasRead() {
        tallies.apply(PLAN, 0, TallyDocument::counted);

        assertThatThrownBy(() -> tallies.apply(PLAN, 1, read -> {
            tallies.apply(PLAN, 1, TallyDocument::counted);
            return read.counted();
        })).isInstanceOfSatisfying(MongoWriteException.class, e ->
                assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        assertThat(tallies.find(PLAN)).contains(new TallyDocument(PLAN.value(), 1, 2));
    }

    @Test
    void rejectsCreatingADocumentAnotherWriterCreatedSinceItWasRead() {
        assertThatThrownBy(() -> tallies.apply(PLAN, 0, read -> {
            tallies.apply(PLAN, 0, TallyDocument::counted);
            return read.counted();
        })).isInstanceOf(MongoWriteException.class);
        assertThat(tallies.find(PLAN)).contains(new TallyDocument(PLAN.value(), 0, 1));
    }
}
