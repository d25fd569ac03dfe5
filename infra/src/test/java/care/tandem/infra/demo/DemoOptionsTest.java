package care.tandem.infra.demo;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoOptionsTest {

    @Test
    void withoutOptionsThereIsNoDemo() {
        assertThat(DemoOptions.parse(new String[0], Map.of()))
                .isEqualTo(new DemoOptions(false, 42, ZoneId.of("UTC")));
    }

    @Test
    void theFlagOrTheEnvironmentAsksForTheDemoAndASeedImpliesIt() {
        assertThat(DemoOptions.parse(new String[]{"--demo"}, Map.of()).enabled()).isTrue();
        assertThat(DemoOptions.parse(new String[0], Map.of("TANDEM_DEMO", "true")).enabled()).isTrue();
        assertThat(DemoOptions.parse(new String[]{"--demo-seed=7"}, Map.of("TANDEM_DEMO_SEED", "9")))
                .isEqualTo(new DemoOptions(true, 7, ZoneId.of("UTC")));
        assertThat(DemoOptions.parse(new String[]{"--demo"}, Map.of("TANDEM_DEMO_SEED", "9",
                "TANDEM_CLINIC_TIME_ZONE", "America/Denver")))
                .isEqualTo(new DemoOptions(true, 9, ZoneId.of("America/Denver")));
    }

    @Test
    void unknownOptionsAndMalformedValuesAreRefusedByName() {
        assertThatThrownBy(() -> DemoOptions.parse(new String[]{"--dmeo"}, Map.of()))
                .hasMessageContaining("--dmeo").hasMessageContaining("usage");
        assertThatThrownBy(() -> DemoOptions.parse(new String[]{"--demo-seed=abc"}, Map.of()))
                .hasMessageContaining("--demo-seed=");
        assertThatThrownBy(() -> DemoOptions.parse(new String[0], Map.of("TANDEM_CLINIC_TIME_ZONE", "Mars/Base")))
                .hasMessageContaining("TANDEM_CLINIC_TIME_ZONE");
    }
}
