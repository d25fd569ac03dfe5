package care.tandem.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theH2StoreKeepsDocumentsAcrossARestartOnTheSameDirectory() {
        int port = FreePort.pick();

        try (EmbeddedMongo mongo = EmbeddedMongo.start(EmbeddedMongo.Store.H2, dataDirectory, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + port);
            MongoCollection<Document> plans = plans(client);
            plans.insertMany(List.of(
                    new Document("_id", "plan-1").append("title", "Weekly check-in"),
                    new Document("_id", "plan-2").append("title", "Sleep diary")));
            plans.updateOne(Filters.eq("_id", "plan-1"), Updates.set("title", "Twice-weekly check-in"));
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.start(EmbeddedMongo.Store.H2, dataDirectory, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            List<String> titles = plans(client).find().sort(Sorts.ascending("_id"))
                    .map(plan -> plan.getString("title"))
                    .into(new ArrayList<>());
            assertThat(titles).containsExactly("Twice-weekly check-in", "Sleep diary");
        }
    }

    /** The default store keeps nothing: the query side rebuilds its read models from the feed at every start. */
    @Test
    void theDefaultStoreStartsEmptyEveryTime() {
        int port = FreePort.pick();
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDirectory, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            plans(client).insertOne(new Document("_id", "plan-1").append("title", "Weekly check-in"));
            assertThat(plans(client).countDocuments()).isEqualTo(1);
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDirectory, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(plans(client).countDocuments()).isZero();
        }
        assertThat(dataDirectory.resolve("mongo.mv.db")).doesNotExist();
    }

    @Test
    void aStoreIsNamedInAnyCaseAndAnUnknownNameIsRefused() {
        assertThat(EmbeddedMongo.Store.named(" Memory ")).isEqualTo(EmbeddedMongo.Store.MEMORY);
        assertThat(EmbeddedMongo.Store.named("h2")).isEqualTo(EmbeddedMongo.Store.H2);
        assertThatThrownBy(() -> EmbeddedMongo.Store.named("postgres"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memory or h2");
    }

    private static MongoCollection<Document> plans(MongoClient client) {
        return client.getDatabase("tandem").getCollection("care_plans");
    }
}
