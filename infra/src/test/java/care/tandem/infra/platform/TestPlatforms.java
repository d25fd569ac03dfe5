package care.tandem.infra.platform;

import care.tandem.access.testing.TestIssuer;
import care.tandem.infra.embedded.FreePort;

import java.nio.file.Path;
import java.util.List;

/** The settings every platform test starts with: embedded servers on free ports, data under the given folder. */
public final class TestPlatforms {

    private TestPlatforms() {
    }

    /** Tokens from the {@link TestIssuer}, which can sign for any subject and role. */
    public static PlatformSettings onFreePorts(Path data) {
        TestIssuer issuer = TestIssuer.shared();
        return withEmbeddedIssuer(data).withIssuer(
                new PlatformSettings.ExternalIssuer(issuer.issuerUri(), issuer.jwkSetUri()));
    }

    /** Tokens from the platform's own embedded issuer, as a newcomer runs it. */
    public static PlatformSettings withEmbeddedIssuer(Path data) {
        List<Integer> ports = FreePort.pick(7);
        return PlatformSettings.embedded(data, ports.get(0), ports.get(1),
                new PlatformSettings.EmbeddedPorts(ports.get(2), ports.get(3), ports.get(4), ports.get(5),
                        ports.get(6)));
    }
}
