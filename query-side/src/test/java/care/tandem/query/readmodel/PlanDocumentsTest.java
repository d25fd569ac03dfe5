package care.tandem.query.readmodel;

import care.tandem.events.id.PlanId;
import care.tandem.query.testing.InMemoryMongo;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanDocumentsTest {

    private static final PlanId PLAN = PlanId.of("plan-1");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private MongoDatabase database;
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
        database = mongo.freshDatabase();
        tallies = new PlanDocuments<>(database, "tallies", TallyDocument.class,
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
        })).isInstanceOfSatisfying(MongoBulkWriteException.class, e -> assertThat(e.getWriteErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY)));
        assertThat(tallies.find(PLAN)).contains(new TallyDocument(PLAN.value(), 1, 2));
    }

    @Test
    void rejectsCreatingADocumentAnotherWriterCreatedSinceItWasRead() {
        assertThatThrownBy(() -> tallies.apply(PLAN, 0, read -> {
            tallies.apply(PLAN, 0, TallyDocument::counted);
            return read.counted();
        })).isInstanceOf(MongoBulkWriteException.class);
        assertThat(tallies.find(PLAN)).contains(new TallyDocument(PLAN.value(), 0, 1));
    }

    @Test
    void aPrefixReadReturnsExactlyTheKeysUnderThePrefix() {
        List<DocumentKey> stored = List.of(
                DocumentKey.of("c-1", new IsoWeek(2026, 47), "plan-1"),
                DocumentKey.of("c-1", new IsoWeek(2026, 47), "plan-2"),
                DocumentKey.of("c-1", new IsoWeek(2026, 48), "plan-1"),
                DocumentKey.of("c-10", new IsoWeek(2026, 47), "plan-1"),
                DocumentKey.of("c-1.5", new IsoWeek(2026, 47), "plan-1"),
                DocumentKey.of("c-1x5", new IsoWeek(2026, 47), "plan-1"),
                DocumentKey.of("c-1a", new IsoWeek(2026, 47), "plan-1"),
                DocumentKey.of("c-0", new IsoWeek(2026, 47), "plan-1"),
                DocumentKey.of("c-2", new IsoWeek(2026, 47), "plan-1"));
        stored.forEach(key -> tallies.apply(key, 0, TallyDocument::counted));

        assertThat(keysOf(tallies.findAllUnder(DocumentKey.of("c-1"))))
                .containsExactly("c-1/2026-W47/plan-1", "c-1/2026-W47/plan-2", "c-1/2026-W48/plan-1");
        assertThat(keysOf(tallies.findAllUnder(DocumentKey.of("c-1", new IsoWeek(2026, 47)))))
                .containsExactly("c-1/2026-W47/plan-1", "c-1/2026-W47/plan-2");
        assertThat(keysOf(tallies.findAllUnder(DocumentKey.of("c-10"))))
                .containsExactly("c-10/2026-W47/plan-1");
        assertThat(keysOf(tallies.findAllUnder(DocumentKey.of("c-1.5"))))
                .as("a dot in a key is a dot, not any character").containsExactly("c-1.5/2026-W47/plan-1");
        assertThat(tallies.findAllUnder(DocumentKey.of("c-3"))).isEmpty();
    }

    @Test
    void aRangeReadReturnsTheKeysUnderEveryPrefixFromTheFirstToTheLastIncluded() {
        List<DocumentKey> stored = List.of(
                DocumentKey.of("c-1", new IsoWeek(2026, 52), "plan-1"),
                DocumentKey.of("c-1", new IsoWeek(2026, 53), "plan-1"),
                DocumentKey.of("c-1", new IsoWeek(2027, 1), "plan-1"),
                DocumentKey.of("c-1", new IsoWeek(2027, 1), "plan-2"),
                DocumentKey.of("c-1", new IsoWeek(2027, 2), "plan-1"),
                DocumentKey.of("c-10", new IsoWeek(2027, 1), "plan-1"));
        stored.forEach(key -> tallies.apply(key, 0, TallyDocument::counted));

        assertThat(keysOf(tallies.findAllBetween(DocumentKey.of("c-1", new IsoWeek(2026, 53)),
                                                 DocumentKey.of("c-1", new IsoWeek(2027, 1)))))
                .containsExactly("c-1/2026-W53/plan-1", "c-1/2027-W01/plan-1", "c-1/2027-W01/plan-2");
        assertThat(tallies.findAllBetween(DocumentKey.of("c-1", new IsoWeek(2026, 50)),
                                          DocumentKey.of("c-1", new IsoWeek(2026, 51)))).isEmpty();
    }

    @Test
    void aLookUpOfSeveralIdsReturnsThoseThatExistInIdOrder() {
        tallies.apply(PlanId.of("plan-2"), 0, TallyDocument::counted);
        tallies.apply(PLAN, 0, TallyDocument::counted);

        assertThat(keysOf(tallies.findAll(List.of("plan-2", "plan-unknown", PLAN.value()))))
                .containsExactly(PLAN.value(), "plan-2");
    }

    @Test
    void deletingAllForgetsEveryDocument() {
        tallies.apply(PLAN, 0, TallyDocument::counted);
        tallies.apply(DocumentKey.of("c-1", PLAN), 0, TallyDocument::counted);

        tallies.deleteAll();

        assertThat(tallies.find(PLAN)).isEmpty();
        assertThat(tallies.findAllUnder(DocumentKey.of("c-1"))).isEmpty();
    }

    /**
     * The wire server the platform embeds scans the whole collection for a filter no index covers exactly; the
     * guarded write must find an index of its filter's fields, also once a rebuild dropped the collection.
     */
    @Test
    void everyWriteFindsAnIndexOfExactlyItsFilterFieldsAlsoAfterARebuild() {
        tallies.apply(PLAN, 0, TallyDocument::counted);
        assertThat(indexKeys()).contains(new Document("_id", 1).append("lastAppliedSequence", 1));

        tallies.deleteAll();
        tallies.apply(PLAN, 0, TallyDocument::counted);

        assertThat(indexKeys()).contains(new Document("_id", 1).append("lastAppliedSequence", 1));
        assertThat(tallies.find(PLAN)).contains(new TallyDocument(PLAN.value(), 0, 1));
    }

    /** The wire server serves a filter from an index only when the filter's fields are exactly the index's keys. */
    @Test
    void theGuardedWritesFilterNamesExactlyTheWriteIndexsFields() {
        Document filter = PlanDocuments.unchangedSinceRead(PLAN.value(), 3L);

        assertThat(filter.keySet()).containsExactlyElementsOf(PlanDocuments.WRITE_INDEX.toBsonDocument().keySet());
        assertThat(PlanDocuments.unchangedSinceRead(PLAN.value(), null).keySet())
                .containsExactlyElementsOf(filter.keySet());
    }

    private List<Document> indexKeys() {
        return database.getCollection("tallies").listIndexes().map(index -> index.get("key", Document.class))
                .into(new ArrayList<>());
    }

    private static List<String> keysOf(List<TallyDocument> documents) {
        return documents.stream().map(TallyDocument::id).toList();
    }
}
