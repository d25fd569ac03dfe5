package care.tandem.query.readmodel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentKeyTest {

    @Test
    void itsPartsAreJoinedWithASlashAndParsedBack() {
        DocumentKey key = DocumentKey.of("c-1", new IsoWeek(2026, 47), "plan-7");

        assertThat(key.value()).isEqualTo("c-1/2026-W47/plan-7");
        assertThat(key.toString()).isEqualTo("c-1/2026-W47/plan-7");
        assertThat(key.last()).isEqualTo("plan-7");
        assertThat(DocumentKey.parse(key.value())).isEqualTo(key);
        assertThat(DocumentKey.of("c-1").with(new IsoWeek(2026, 47)).with("plan-7")).isEqualTo(key);
    }

    @Test
    void theRangeUnderAPrefixHoldsItsKeysAndNoKeyOfALongerOrShorterPart() {
        DocumentKey clinician = DocumentKey.of("c-1");

        assertThat(clinician.lowestUnder()).isEqualTo("c-1/");
        assertThat(clinician.aboveAllUnder()).isEqualTo("c-10");
        for (String under : List.of("c-1/2026-W47/plan-7", "c-1/", "c-1/~")) {
            assertThat(under).isBetween(clinician.lowestUnder(), clinician.aboveAllUnder());
        }
        // Ids may hold '.', '-', '_', letters and digits: each sorts before '/' or after '0'.
        for (String other : List.of("c-1", "c-10/2026-W47/plan-7", "c-1./2026-W47/plan-7", "c-1-a/2026-W47/plan-7",
                                    "c-1_/2026-W47/plan-7", "c-1A/2026-W47/plan-7", "c-0/2026-W47/plan-7")) {
            assertThat(other.compareTo(clinician.lowestUnder()) < 0
                               || other.compareTo(clinician.aboveAllUnder()) >= 0)
                    .as(other).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a//b", "/a", "a/"})
    void everyPartIsNonEmpty(String value) {
        assertThatThrownBy(() -> DocumentKey.parse(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartNeverHoldsTheSeparator() {
        assertThatThrownBy(() -> DocumentKey.of("c-1", "2026/W47")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentKey.of()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentKey.of("c-1").with("")).isInstanceOf(IllegalArgumentException.class);
    }
}
