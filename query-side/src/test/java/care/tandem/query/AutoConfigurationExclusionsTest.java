package care.tandem.query;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.annotation.ImportCandidates;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exclusions are names, so a typo would silently exclude nothing; and this module's classpath lacks most of the
 * excluded classes, so only the launcher's shared classpath would show it.
 */
class AutoConfigurationExclusionsTest {

    @Test
    void everyExcludedNameIsAnAutoConfigurationSpringBootKnows() {
        List<String> candidates = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
                .getCandidates();

        String[] excluded = QuerySideApplication.class.getAnnotation(SpringBootApplication.class).excludeName();

        assertThat(candidates).contains(excluded);
    }
}
