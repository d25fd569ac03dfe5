package care.tandem.bench.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * What the read models hold after a pass: documents and their BSON bytes, every collection of the database but the
 * processors' tracking tokens. Sizes the raw baseline's documents, and shows that two passes built the same thing.
 *
 * @param collections read-model collections
 */
record ReadModelVolume(int collections, long documents, long bytes) {

    /** Axon's Mongo token store keeps the tracking tokens here by default. */
    private static final String TOKENS = "trackingtokens";

    /**
     * From each collection's statistics ({@code collStats}: the server's own count and BSON size), not by reading every
     * document: a cursor over a million-event read model on the wire server's H2 store failed once with "Chunk not
     * found" (BENCHMARKS.md, M3), a known fault of H2's MVStore with long iterations while it compacts.
     */
    static ReadModelVolume of(MongoClient mongo, String database) {
        MongoDatabase db = mongo.getDatabase(database);
        int collections = 0;
        long documents = 0;
        long bytes = 0;
        for (String name : db.listCollectionNames()) {
            if (name.equals(TOKENS)) {
                continue;
            }
            collections++;
            Document stats = db.runCommand(new Document("collStats", name));
            documents += stats.get("count", Number.class).longValue();
            bytes += stats.get("size", Number.class).longValue();
        }
        return new ReadModelVolume(collections, documents, bytes);
    }
}
