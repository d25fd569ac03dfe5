package care.tandem.bench.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.RawBsonDocument;

/**
 * What the read models hold after a pass: documents and their BSON bytes, every collection of the database but the
 * processors' tracking tokens. Sizes the raw baseline's documents, and shows that two passes built the same thing.
 *
 * @param collections read-model collections
 */
record ReadModelVolume(int collections, long documents, long bytes) {

    /** Axon's Mongo token store keeps the tracking tokens here by default. */
    private static final String TOKENS = "trackingtokens";

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
            MongoCollection<RawBsonDocument> collection = db.getCollection(name, RawBsonDocument.class);
            for (RawBsonDocument document : collection.find()) {
                documents++;
                bytes += document.getByteBuffer().remaining();
            }
        }
        return new ReadModelVolume(collections, documents, bytes);
    }
}
