package care.tandem.infra.platform;

import care.tandem.infra.embedded.FreePort;

import java.nio.file.Path;
import java.util.List;

/** The settings every platform test starts with: embedded servers on free ports, data under the given folder. */
public final class TestPlatforms {

    private TestPlatforms() {
    }

    public static PlatformSettings onFreePorts(Path data) {
        List<Integer> ports = FreePort.pick(6);
        return PlatformSettings.embedded(data, ports.get(0), ports.get(1),
                new PlatformSettings.EmbeddedPorts(ports.get(2), ports.get(3), ports.get(4), ports.get(5)));
    }
}
