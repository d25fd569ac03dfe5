package care.tandem.infra.platform;

import care.tandem.infra.demo.DemoOptions;
import care.tandem.infra.demo.DemoPlan;
import care.tandem.infra.demo.DemoRole;
import care.tandem.infra.demo.DemoRunner;
import care.tandem.infra.demo.DemoSeeder;
import care.tandem.infra.demo.DemoSize;

import java.time.Clock;
import java.util.Map;

/**
 * {@code java -jar tandem-platform.jar [--demo] [--demo-seed=N]}: the whole platform on embedded defaults, or on
 * the servers the environment names; with {@code --demo}, seeded through the command API with the demo program.
 * {@code java -jar tandem-platform.jar verify-event-store [--plan=ID | --person=ID]} verifies the event store
 * instead ({@link VerifyEventStore}).
 */
public final class TandemLauncher {

    private TandemLauncher() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        if (args.length > 0 && args[0].equals(VerifyEventStore.COMMAND)) {
            System.exit(VerifyEventStore.run(args, env, System.out, System.err));
            return;
        }
        DemoOptions demo;
        try {
            demo = DemoOptions.parse(args, env);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PlatformSettings settings = PlatformSettings.fromEnvironment(env);
        TandemPlatform platform = TandemPlatform.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "tandem-shutdown"));
        String demoGuide = "";
        if (demo.enabled()) {
            try {
                DemoSeeder.Seeded seeded = new DemoSeeder(settings.dataDirectory(),
                        new DemoRunner(platform.commandSideUrl(), DemoRunner.DEFAULT_CONCURRENCY, seederTokens(platform,
                                env)), Clock.systemUTC())
                        .seed(demo.seed(), DemoSize.FULL, demo.clinicZone());
                demoGuide = guide(seeded, platform.querySideUrl());
            } catch (RuntimeException e) {
                System.err.println("Seeding the demo program failed: " + e.getMessage());
                System.exit(1);
            }
        }
        System.out.printf("%nTandem is running (data in %s).%n"
                        + "  Dashboard:    %s/dashboard/index.html%n"
                        + "  Command API:  %s/api/treatment-plans%n"
                        + "  Query API:    %s/api/treatment-plans/{planId}/schedule%n"
                        + "  Tokens from:  %s%n"
                        + "%s"
                        + "%s"
                        + "Press Ctrl+C to stop.%n%n",
                settings.dataDirectory().toAbsolutePath().normalize(), platform.querySideUrl(),
                platform.commandSideUrl(), platform.querySideUrl(), platform.issuerUri(),
                platform.embeddedIssuer().map(issuer -> String.format("  Demo accounts (one per role, generated "
                        + "passwords) and the demo seeder's client secret: %s%n", issuer.accountsFile().getParent()
                        .toAbsolutePath().normalize())).orElse(""),
                demoGuide);
    }

    /**
     * The demo seeder's tokens: the embedded issuer's seeder client, or with the clinic's issuer a machine client
     * it registered for the demo ({@code TANDEM_DEMO_CLIENT_ID}, {@code TANDEM_DEMO_CLIENT_SECRET}).
     */
    private static ClientCredentials seederTokens(TandemPlatform platform, Map<String, String> env) {
        String scopes = "plans.read plans.write";
        return platform.embeddedIssuer()
                .map(issuer -> new ClientCredentials(issuer.issuerUri(), issuer.seederClient().clientId(),
                        issuer.seederClient().secret(), scopes))
                .orElseGet(() -> {
                    String client = env.get("TANDEM_DEMO_CLIENT_ID");
                    String secret = env.get("TANDEM_DEMO_CLIENT_SECRET");
                    if (client == null || secret == null) {
                        throw new IllegalStateException("--demo with the clinic's issuer needs TANDEM_DEMO_CLIENT_ID "
                                + "and TANDEM_DEMO_CLIENT_SECRET: a machine client with the plans.write scope");
                    }
                    return new ClientCredentials(platform.issuerUri(), client, secret, scopes);
                });
    }

    /** Where to look in the demo program: plan ids and what each shows, never a person's name. */
    private static String guide(DemoSeeder.Seeded seeded, String querySideUrl) {
        StringBuilder guide = new StringBuilder(String.format("%nDemo program: %d plans (demo-couple-01..%02d, "
                        + "demo-family-01..%02d), weeks of %s to %s; the read models catch up within moments.%n",
                seeded.script().plans().size(), seeded.script().program().size().couples(),
                seeded.script().program().size().families(), seeded.script().program().firstMonday(),
                seeded.script().program().lastMonday()));
        for (DemoPlan plan : seeded.script().plans()) {
            if (plan.role() != DemoRole.NONE) {
                guide.append(String.format("  %-15s %s%n", plan.planId(), plan.role().shows()));
            }
        }
        guide.append(String.format("  e.g. %s/api/treatment-plans/%s/schedule%n", querySideUrl,
                seeded.script().plans().get(0).planId()));
        return guide.toString();
    }
}
