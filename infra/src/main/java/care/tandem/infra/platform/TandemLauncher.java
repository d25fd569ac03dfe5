package care.tandem.infra.platform;

/** {@code java -jar tandem-platform.jar}: the whole platform on embedded defaults, or on the servers the environment names. */
public final class TandemLauncher {

    private TandemLauncher() {
    }

    public static void main(String[] args) {
        PlatformSettings settings = PlatformSettings.fromEnvironment(System.getenv());
        TandemPlatform platform = TandemPlatform.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "tandem-shutdown"));
        System.out.printf("%nTandem is running (data in %s).%n"
                        + "  Command API:  %s/api/treatment-plans%n"
                        + "  Query API:    %s/api/treatment-plans/{planId}/schedule%n"
                        + "Press Ctrl+C to stop.%n%n",
                settings.dataDirectory().toAbsolutePath().normalize(), platform.commandSideUrl(),
                platform.querySideUrl());
    }
}
