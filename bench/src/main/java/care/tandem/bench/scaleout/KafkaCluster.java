package care.tandem.bench.scaleout;

import care.tandem.bench.ChildJvm;
import care.tandem.infra.embedded.EmbeddedKafkaBroker.ClusterNode;
import care.tandem.infra.embedded.FreePort;
import care.tandem.infra.embedded.KafkaClusterNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A Kafka cluster of three nodes on loopback, each broker and KRaft controller in a process of its own started from the
 * platform jar ({@link KafkaClusterNode}), so that one can be killed while the others carry on.
 */
final class KafkaCluster implements AutoCloseable {

    private static final int NODES = 3;
    private static final Duration READY_WITHIN = Duration.ofMinutes(2);

    private final List<ClusterNode> nodes;
    private final List<ChildJvm> processes;

    private KafkaCluster(List<ClusterNode> nodes, List<ChildJvm> processes) {
        this.nodes = nodes;
        this.processes = processes;
    }

    static KafkaCluster start(Path platformJar, Path directory, String heap) {
        List<Integer> ports = FreePort.pick(2 * NODES);
        List<ClusterNode> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(new ClusterNode(i + 1, ports.get(2 * i), ports.get(2 * i + 1)));
        }
        String clusterId = Uuid.randomUuid().toString();
        String voters = nodes.stream().map(ClusterNode::toString).collect(Collectors.joining(","));
        List<ChildJvm> processes = new ArrayList<>();
        KafkaCluster cluster = new KafkaCluster(nodes, processes);
        try {
            for (ClusterNode node : nodes) {
                processes.add(ChildJvm.start(name(node), platformJar, KafkaClusterNode.class.getName(),
                        List.of(directory.resolve(name(node)).toAbsolutePath().toString(), clusterId,
                                String.valueOf(node.id()), voters),
                        Map.of(), List.of("-Xmx" + heap), directory));
            }
            for (ChildJvm process : processes) {
                process.awaitOutput(KafkaClusterNode.READY, READY_WITHIN);
            }
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Every node, so that a client finds the cluster with any one of them gone. */
    String bootstrapServers() {
        return nodes.stream().map(ClusterNode::bootstrapServer).collect(Collectors.joining(","));
    }

    /** The node that leads the KRaft quorum now: the one whose loss the cluster feels most. */
    int activeController() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000))) {
            return admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).leaderId();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the Kafka cluster names no quorum leader", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code kill -9} of node {@code id}; returns its name. */
    String kill(int id) {
        ChildJvm node = processes.get(id - 1);
        node.kill();
        return node.name();
    }

    private static String name(ClusterNode node) {
        return "kafka-" + node.id();
    }

    @Override
    public void close() {
        processes.forEach(ChildJvm::close);
    }
}
