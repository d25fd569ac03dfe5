package care.tandem.command.api;

import care.tandem.events.consent.ShreddingReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Why the person's personal text is shredded; {@code overrideBasis} only to shred before the retention period after
 * their record's last entry is over (e.g. the approved erasure request it rests on).
 */
public record ShredPersonalDataRequest(
        @NotNull ShreddingReason reason,
        @Size(min = 1, max = 500) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String overrideBasis) {
}
