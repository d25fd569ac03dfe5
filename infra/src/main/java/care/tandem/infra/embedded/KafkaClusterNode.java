package care.tandem.infra.embedded;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One node of a local Kafka cluster in a process of its own, for running Tandem against several brokers on one machine
 * (the scale-out benchmark and its smoke test kill one of three):
 *
 * <pre>
 * java -Dloader.main=care.tandem.infra.embedded.KafkaClusterNode -cp tandem-platform.jar \
 *      org.springframework.boot.loader.launch.PropertiesLauncher DATA_DIR CLUSTER_ID NODE_ID 1:P1:C1,2:P2:C2,3:P3:C3
 * </pre>
 *
 * Every node gets the same cluster id (22 characters of base64, e.g. from {@code kafka-storage.sh random-uuid}) and
 * list of nodes ({@code id:port:controllerPort}); it prints {@value #READY} once the cluster answers clients and runs
 * until it is stopped.
 */
public final class KafkaClusterNode {

    public static final String READY = "Kafka cluster node ready";

    private KafkaClusterNode() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: KafkaClusterNode DATA_DIR CLUSTER_ID NODE_ID id:port:controllerPort,...");
            System.exit(2);
        }
        List<EmbeddedKafkaBroker.ClusterNode> nodes = Arrays.stream(args[3].split(","))
                .map(EmbeddedKafkaBroker.ClusterNode::parse).toList();
        int nodeId = Integer.parseInt(args[2]);
        EmbeddedKafkaBroker.ClusterNode self = nodes.stream().filter(node -> node.id() == nodeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("node " + nodeId + " is not among " + args[3]));
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startNode(Path.of(args[0]), args[1], self, nodes);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-node-shutdown"));
        System.out.println(READY);
    }
}
