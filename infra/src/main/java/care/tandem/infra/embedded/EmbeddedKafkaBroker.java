package care.tandem.infra.embedded;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka broker in KRaft mode, running in this JVM as combined broker and controller, that keeps
 * its topics and records under one directory across restarts; or one node of a local cluster of such nodes, each in a
 * process of its own ({@link KafkaClusterNode}), voting together as the KRaft quorum.
 *
 * <p>The first start formats the directory with a fresh cluster id; later starts on the same directory reuse it. Start
 * it again with the same ports: clients that stored the bootstrap address keep working. Kafka logs through SLF4J at
 * INFO level, which is chatty; include {@code care/tandem/infra/embedded/logback-embedded-servers.xml} in the
 * application's logback configuration to keep only its warnings.
 *
 * <p>Like a stand-alone broker, Kafka halts the JVM on errors it cannot recover from, such as a failing log directory.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private static final int NODE_ID = 1;
    /** Replicas of Kafka's internal topics in a cluster; with three nodes, one may fail without losing a write. */
    private static final int INTERNAL_REPLICAS = 3;
    private static final String HOST = "127.0.0.1";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path dataDirectory, int port, int controllerPort) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Starts a broker on {@code 127.0.0.1:port} with its KRaft controller on {@code 127.0.0.1:controllerPort}, and
     * returns once the broker answers clients.
     *
     * @param dataDirectory where the metadata log and all partitions live; formatted on first use
     */
    public static EmbeddedKafkaBroker start(Path dataDirectory, int port, int controllerPort) {
        ClusterNode alone = new ClusterNode(NODE_ID, port, controllerPort);
        return startNode(dataDirectory, Uuid.randomUuid().toString(), alone, List.of(alone));
    }

    /**
     * Starts {@code self}, one of {@code nodes} that together form the cluster {@code clusterId} (every node formatted
     * with the same id), and returns once the cluster answers clients: a majority of the nodes must be starting too.
     */
    public static EmbeddedKafkaBroker startNode(Path dataDirectory, String clusterId, ClusterNode self,
                                                List<ClusterNode> nodes) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        KafkaConfig config = new KafkaConfig(serverProperties(directory, self, nodes), false);
        formatUnlessFormatted(directory, clusterId, self.id());

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, directory, self.port(), self.controllerPort());
        try {
            server.startup();
            broker.awaitClientsAccepted();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        log.info("Kafka broker listening on {} (controller port {}), data in {}",
                broker.bootstrapServers(), self.controllerPort(), directory);
        return broker;
    }

    /** A node of a cluster on loopback: its id, its clients' port and its controller's port. */
    public record ClusterNode(int id, int port, int controllerPort) {

        public String bootstrapServer() {
            return HOST + ":" + port;
        }

        /** {@code 1:9092:9093}, as {@link #parse} reads it. */
        @Override
        public String toString() {
            return id + ":" + port + ":" + controllerPort;
        }

        public static ClusterNode parse(String text) {
            String[] parts = text.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("a node is id:port:controllerPort, was '" + text + "'");
            }
            return new ClusterNode(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
    }

    /** The value for a client's {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Shuts the broker down cleanly and waits for it, so that the next start needs no log recovery. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka broker on {} stopped", bootstrapServers());
    }

    private static Map<String, String> serverProperties(Path dataDirectory, ClusterNode self,
                                                        List<ClusterNode> nodes) {
        String voters = nodes.stream().map(node -> node.id() + "@" + HOST + ":" + node.controllerPort())
                .collect(Collectors.joining(","));
        // One broker holds one replica only; with the defaults of 3 its internal topics could not be created.
        String replicas = String.valueOf(Math.min(INTERNAL_REPLICAS, nodes.size()));
        String inSyncReplicas = String.valueOf(Math.max(1, Math.min(INTERNAL_REPLICAS, nodes.size()) - 1));
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(self.id())),
                Map.entry("controller.quorum.voters", voters),
                Map.entry("listeners", "PLAINTEXT://" + HOST + ":" + self.port()
                        + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + self.controllerPort()),
                Map.entry("advertised.listeners", "PLAINTEXT://" + HOST + ":" + self.port()),
                Map.entry("listener.security.protocol.map",
                        "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                // Also the metadata log's directory, which defaults to the first log directory.
                Map.entry("log.dirs", dataDirectory.toString()),
                // Topics are part of the applications' design: a typo in a topic name must fail, not create a topic.
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("offsets.topic.replication.factor", replicas),
                Map.entry("transaction.state.log.replication.factor", replicas),
                Map.entry("transaction.state.log.min.isr", inSyncReplicas),
                // The defaults of 50 partitions only slow down the internal topics' creation on a local cluster.
                Map.entry("offsets.topic.num.partitions", "1"),
                Map.entry("transaction.state.log.num.partitions", "1"),
                // The default delay waits for more members to join a new group, which slows every application start.
                Map.entry("group.initial.rebalance.delay.ms", "0"));
    }

    /** Formats like {@code kafka-storage.sh format}, the one directory being both log and metadata directory. */
    private static void formatUnlessFormatted(Path dataDirectory, String clusterId, int nodeId) {
        if (Files.exists(dataDirectory.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
            return;
        }
        Formatter formatter = new Formatter()
                // The formatter reports to standard output; the broker's start is logged instead.
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(nodeId)
                .setClusterId(clusterId)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(dataDirectory.toString())
                .addDirectory(dataDirectory.toString());
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka storage in " + dataDirectory, e);
        }
    }

    private void awaitClientsAccepted() {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) STARTUP_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(adminConfig)) {
            Collection<Node> nodes = admin.describeCluster().nodes()
                    .get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " reports no live broker");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not accept clients", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker to accept clients", e);
        }
    }
}
