package care.tandem.infra.demo;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * Whether the launcher seeds the demo program, and with which seed: {@code --demo} or {@code TANDEM_DEMO=true};
 * {@code --demo-seed=N} (which implies {@code --demo}) or {@code TANDEM_DEMO_SEED}, default 42. The program's
 * weeks are the clinic's ({@code TANDEM_CLINIC_TIME_ZONE}, default UTC, as on the command side).
 */
public record DemoOptions(boolean enabled, long seed, ZoneId clinicZone) {

    public static final long DEFAULT_SEED = 42;
    public static final String USAGE = "usage: java -jar tandem-platform.jar [--demo] [--demo-seed=<number>]";

    private static final String SEED_OPTION = "--demo-seed=";

    public static DemoOptions parse(String[] args, Map<String, String> env) {
        boolean enabled = Boolean.parseBoolean(env.getOrDefault("TANDEM_DEMO", "false").strip());
        long seed = env.containsKey("TANDEM_DEMO_SEED") ? seed("TANDEM_DEMO_SEED", env.get("TANDEM_DEMO_SEED"))
                : DEFAULT_SEED;
        for (String arg : args) {
            if (arg.equals("--demo")) {
                enabled = true;
            } else if (arg.startsWith(SEED_OPTION)) {
                enabled = true;
                seed = seed(SEED_OPTION, arg.substring(SEED_OPTION.length()));
            } else {
                throw new IllegalArgumentException("Unknown option '" + arg + "'; " + USAGE);
            }
        }
        String zone = env.getOrDefault("TANDEM_CLINIC_TIME_ZONE", "UTC");
        try {
            return new DemoOptions(enabled, seed, ZoneId.of(zone.strip()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("TANDEM_CLINIC_TIME_ZONE must name a time zone, e.g. "
                    + "America/New_York, was '" + zone + "'");
        }
    }

    private static long seed(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }
}
