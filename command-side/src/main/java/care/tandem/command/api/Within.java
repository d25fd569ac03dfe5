package care.tandem.command.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An instant or a date a clinic could mean: within a window around the moment the request arrives (dates in the
 * clinic's time zone), and never before {@link #notBefore()}. A session in year 99999 or 0001 is a typing error, and
 * one that no database, calendar or ISO week can hold either. Null passes: {@code @NotNull} says when it is required.
 */
@Documented
@Constraint(validatedBy = {WithinValidator.ForInstant.class, WithinValidator.ForDate.class})
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Within {

    /** How far before now at the earliest, as days ({@code P366D}); empty for no bound relative to now. */
    String back() default "";

    /** How far after now at the latest, as days ({@code P731D}; {@code P0D} for "not in the future"). */
    String ahead();

    /** The earliest date ever, ISO ({@code 2000-01-01}, the start of that day in UTC for instants); empty for none. */
    String notBefore() default "";

    String message() default "is outside the accepted window";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
