package care.tandem.bench.scaleout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a load balancer in front of several command-side instances does: each plan's commands go to one instance
 * (by plan id, so that instance's plan cache serves them), and an instance taken out is no longer chosen.
 */
final class CommandRouter {

    private final List<String> instances = new CopyOnWriteArrayList<>();

    void add(String url) {
        instances.add(url);
    }

    void remove(String url) {
        instances.remove(url);
    }

    int size() {
        return instances.size();
    }

    String forPlan(String planId) {
        List<String> live = List.copyOf(instances);
        return live.get(Math.floorMod(planId.hashCode(), live.size()));
    }
}
