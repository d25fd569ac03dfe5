package care.tandem.query.operations;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

class RebuildProgressTest {

    @Test
    void halfwayInTenSecondsIsFiftyEventsASecondWithTenSecondsLeft() {
        RebuildProgress progress = new RebuildProgress(500, 1_000, Duration.ofSeconds(10));

        assertThat(progress.percentage()).isEqualTo(50.0);
        assertThat(progress.eventsPerSecond()).isEqualTo(50.0);
        assertThat(progress.estimatedRemaining()).hasValue(Duration.ofSeconds(10));
        assertThat(progress.isComplete()).isFalse();
    }

    @Test
    void theEstimateIsRoundedUpToTheMillisecond() {
        RebuildProgress progress = new RebuildProgress(3, 10, Duration.ofSeconds(7));

        assertThat(progress.percentage()).isEqualTo(30.0);
        assertThat(progress.eventsPerSecond()).isCloseTo(0.428_571, offset(1e-6));
        // 7 events left at 3/7 events a second: 16.333... s.
        assertThat(progress.estimatedRemaining()).hasValue(Duration.ofMillis(16_334));
    }

    @Test
    void beforeTheFirstEventThereIsNoRateToEstimateFrom() {
        RebuildProgress progress = new RebuildProgress(0, 1_000, Duration.ofSeconds(3));

        assertThat(progress.percentage()).isZero();
        assertThat(progress.eventsPerSecond()).isZero();
        assertThat(progress.estimatedRemaining()).isEmpty();
    }

    @Test
    void justStartedHasNoElapsedTimeAndNoRate() {
        RebuildProgress progress = RebuildProgress.nothingYet(1_000);

        assertThat(progress.eventsPerSecond()).isZero();
        assertThat(progress.estimatedRemaining()).isEmpty();
    }

    @Test
    void everyEventHandledIsCompleteWithNothingLeft() {
        RebuildProgress progress = new RebuildProgress(1_000, 1_000, Duration.ofSeconds(4));

        assertThat(progress.isComplete()).isTrue();
        assertThat(progress.percentage()).isEqualTo(100.0);
        assertThat(progress.eventsPerSecond()).isEqualTo(250.0);
        assertThat(progress.estimatedRemaining()).hasValue(Duration.ZERO);
    }

    @Test
    void anEmptyFeedIsRebuiltAtOnce() {
        RebuildProgress progress = RebuildProgress.nothingYet(0);

        assertThat(progress.isComplete()).isTrue();
        assertThat(progress.percentage()).isEqualTo(100.0);
        assertThat(progress.estimatedRemaining()).hasValue(Duration.ZERO);
    }

    @Test
    void moreEventsHandledThanThereAreToHandleIsAMiscount() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RebuildProgress(11, 10, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RebuildProgress(-1, 10, Duration.ofSeconds(1)));
    }
}
