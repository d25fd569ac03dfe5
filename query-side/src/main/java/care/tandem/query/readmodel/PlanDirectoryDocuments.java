package care.tandem.query.readmodel;

import care.tandem.events.id.PlanId;
import com.mongodb.client.MongoDatabase;

import java.util.List;
import java.util.function.Function;

/**
 * Plan documents keyed {@code plan/<planId>}: the common prefix makes every plan's document one {@code _id} range,
 * which is how a directory (a small document per plan that a view across plans reads in full) is read.
 */
public abstract class PlanDirectoryDocuments<T extends PlanDocument<T>> extends PlanDocuments<T> {

    private static final DocumentKey DIRECTORY = DocumentKey.of("plan");

    protected PlanDirectoryDocuments(MongoDatabase database, String collectionName, Class<T> documentType,
                                     Function<String, T> emptyDocument) {
        super(database, collectionName, documentType, emptyDocument);
    }

    /** The key of the plan's document in the directory. */
    public static DocumentKey keyOf(PlanId planId) {
        return DIRECTORY.with(planId.value());
    }

    @Override
    protected String idOf(PlanId planId) {
        return keyOf(planId).value();
    }

    /** Every plan's document, in plan id order. */
    public List<T> everyPlan() {
        return findAllUnder(DIRECTORY);
    }
}
