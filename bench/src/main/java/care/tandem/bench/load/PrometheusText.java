package care.tandem.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few series the load benchmark reads from an app's {@code /actuator/prometheus} answer. */
final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{([^}]*)})? (\\S+)$",
            Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

    private PrometheusText() {
    }

    /** The sum of every series of {@code metric} (all label sets). */
    static double sum(String text, String metric) {
        double sum = 0;
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            if (sample.group(1).equals(metric)) {
                sum += Double.parseDouble(sample.group(3));
            }
        }
        return sum;
    }

    /**
     * A histogram's cumulative bucket counts by upper bound ({@code le}), per value of {@code byLabel}, and under
     * {@code ""} over all of them.
     */
    static Map<String, TreeMap<Double, Double>> buckets(String text, String histogram, String byLabel) {
        Map<String, TreeMap<Double, Double>> buckets = new TreeMap<>();
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            if (!sample.group(1).equals(histogram + "_bucket") || sample.group(2) == null) {
                continue;
            }
            String group = null;
            Double le = null;
            Matcher label = LABEL.matcher(sample.group(2));
            while (label.find()) {
                if (label.group(1).equals(byLabel)) {
                    group = label.group(2);
                } else if (label.group(1).equals("le")) {
                    le = label.group(2).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(label.group(2));
                }
            }
            double count = Double.parseDouble(sample.group(3));
            if (le != null) {
                buckets.computeIfAbsent("", g -> new TreeMap<>()).merge(le, count, Double::sum);
                if (group != null) {
                    buckets.computeIfAbsent(group, g -> new TreeMap<>()).merge(le, count, Double::sum);
                }
            }
        }
        return buckets;
    }

    /**
     * The upper bound of the bucket holding the {@code p}th percentile of what was recorded between two readings of
     * the same cumulative buckets; NaN when nothing was.
     */
    static double percentileBetween(TreeMap<Double, Double> before, TreeMap<Double, Double> after, double p) {
        double total = after.lastEntry().getValue() - (before == null ? 0 : before.getOrDefault(after.lastKey(), 0.0));
        if (total <= 0) {
            return Double.NaN;
        }
        for (Map.Entry<Double, Double> bucket : after.entrySet()) {
            double count = bucket.getValue() - (before == null ? 0 : before.getOrDefault(bucket.getKey(), 0.0));
            if (count >= p / 100 * total) {
                return bucket.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    static double countBetween(TreeMap<Double, Double> before, TreeMap<Double, Double> after) {
        return after.lastEntry().getValue() - (before == null ? 0 : before.getOrDefault(after.lastKey(), 0.0));
    }
}
