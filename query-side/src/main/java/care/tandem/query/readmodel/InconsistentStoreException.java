package care.tandem.query.readmodel;

/**
 * The store holds a read model's documents in a state no write can get past: it refuses a write as a duplicate
 * although the document stands as the batch read it, even after its write index was rebuilt (the embedded wire
 * server's H2 store can be left so by a crash, with two versions of a document under one {@code _id}). Nothing but
 * dropping the read model's collections and rebuilding it from the feed repairs that; the query side's health
 * watch does so by itself when a processor fails with this.
 */
public class InconsistentStoreException extends RuntimeException {

    public InconsistentStoreException(String collection, RuntimeException refusal) {
        super("The store refuses writes to " + collection + " that its documents allow, even with its write index "
                + "rebuilt", refusal);
    }
}
