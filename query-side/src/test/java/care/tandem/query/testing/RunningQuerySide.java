package care.tandem.query.testing;

import care.tandem.access.testing.TestIssuer;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.query.QuerySideApplication;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;

/**
 * The query side as the launcher starts it, one per test class, against an in-memory MongoDB and an embedded Kafka
 * broker (KRaft), fed the way the command side publishes: Axon's default Kafka message converter with Tandem's
 * serializer, keyed by plan id. Tests publish plan events and read the API over HTTP.
 */
public class RunningQuerySide implements BeforeAllCallback, AfterAllCallback {

    /** The topic the command side publishes to, for tests that publish records of their own making. */
    public static final String TOPIC = "tandem.events";

    private static final String EVERYTHING = TestIssuer.shared().everything("test-reader");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final HttpClient http = HttpClient.newHttpClient();
    private final DefaultKafkaMessageConverter converter = DefaultKafkaMessageConverter.builder()
            .serializer(TandemSerialization.serializer())
            .build();
    private final Consumer<RunningQuerySide> beforeStart;
    private EmbeddedKafkaKraftBroker kafka;
    private KafkaProducer<String, byte[]> producer;
    private ConfigurableApplicationContext app;
    private String baseUrl;

    public RunningQuerySide() {
        this(querySide -> { });
    }

    /**
     * @param beforeStart runs once the broker and the database are up and before the query side starts: to publish
     *                    a feed it finds at start, or to prepare its database
     */
    public RunningQuerySide(Consumer<RunningQuerySide> beforeStart) {
        this.beforeStart = beforeStart;
    }

    /** The read models' database before the query side runs (the same one {@link #database()} gives later). */
    public MongoDatabase databaseBeforeStart() {
        return mongo.database("tandem");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        mongo.beforeAll(context);
        // The topic exists before the app starts: the Kafka source reads the partitions it finds when it opens.
        kafka = new EmbeddedKafkaKraftBroker(1, 6, TOPIC);
        kafka.afterPropertiesSet();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()),
                                       new StringSerializer(), new ByteArraySerializer());
        beforeStart.accept(this);
        app = QuerySideApplication.builder().run(
                "--server.port=0",
                "--spring.data.mongodb.uri=" + mongo.connectionString(),
                "--axon.kafka.bootstrap-servers=" + kafka.getBrokersAsString());
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        app.close();
        producer.close();
        kafka.destroy();
        mongo.afterAll(context);
    }

    public ConfigurableApplicationContext app() {
        return app;
    }

    /** The database the read models live in, as the app sees it. */
    public MongoDatabase database() {
        return app.getBean(MongoDatabase.class);
    }

    public void publish(List<DomainEventMessage<?>> events) {
        events.forEach(event -> publish(converter.createKafkaMessage(event, TOPIC)));
    }

    /** A record as it stands, for what the command side's converter no longer writes (such as an older revision). */
    public void publish(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Publishing to the embedded broker failed", e);
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    /**
     * A GET asking for the given media type; without one ({@code null}) the client states no preference. Sent with
     * a token holding every role and scope: these tests are about the read side, AccessHttpTest about who may read.
     */
    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return get(path, accept, EVERYTHING);
    }

    /** A GET with the given bearer token ({@code null}: none) and the given media type ({@code null}: any). */
    public HttpResponse<String> get(String path, String accept, String token, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (token != null) {
            request.header("Authorization", TestIssuer.bearer(token));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with any method and the given bearer token ({@code null}: none). */
    public HttpResponse<String> send(String method, String path, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", TestIssuer.bearer(token));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody())
                                 .header("Authorization", TestIssuer.bearer(EVERYTHING)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }
}
