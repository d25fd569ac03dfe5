package care.tandem.command.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Checks {@link Within} against the service's clock; built by Spring, so it gets the clock and the clinic's zone. */
abstract class WithinValidator<T extends Comparable<? super T>> implements ConstraintValidator<Within, T> {

    private final Clock clock;
    private Duration back;
    private Duration ahead;
    private LocalDate floor;

    WithinValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(Within within) {
        back = within.back().isEmpty() ? null : Duration.parse(within.back());
        ahead = Duration.parse(within.ahead());
        floor = within.notBefore().isEmpty() ? null : LocalDate.parse(within.notBefore());
    }

    @Override
    public boolean isValid(T value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Instant now = clock.instant();
        T earliest = back == null ? null : at(now.minus(back));
        if (floor != null && (earliest == null || floorOf(floor).compareTo(earliest) > 0)) {
            earliest = floorOf(floor);
        }
        T latest = at(now.plus(ahead));
        if ((earliest == null || value.compareTo(earliest) >= 0) && value.compareTo(latest) <= 0) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // Bounds only, never the rejected value: message templates are interpolated, so braces are escaped.
        String rule = earliest == null ? "must not lie after " + latest
                : "must lie between " + earliest + " and " + latest;
        context.buildConstraintViolationWithTemplate(rule.replace("{", "\\{").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }

    /** The bound that an instant of the clock stands for. */
    abstract T at(Instant instant);

    abstract T floorOf(LocalDate date);

    static final class ForInstant extends WithinValidator<Instant> {

        ForInstant(Clock clock) {
            super(clock);
        }

        @Override
        Instant at(Instant instant) {
            return instant;
        }

        @Override
        Instant floorOf(LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /** Dates are the clinic's: "today" is today where the clinic is. */
    static final class ForDate extends WithinValidator<LocalDate> {

        private final ZoneId clinicZone;

        ForDate(Clock clock, @Value("${tandem.clinic.time-zone}") ZoneId clinicZone) {
            super(clock);
            this.clinicZone = clinicZone;
        }

        @Override
        LocalDate at(Instant instant) {
            return LocalDate.ofInstant(instant, clinicZone);
        }

        @Override
        LocalDate floorOf(LocalDate date) {
            return date;
        }
    }
}
