package care.tandem.command.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The part of a session summary about one participant of the session. */
public record SummaryPartRequest(@NotNull String about, @NotBlank @Size(max = 4000) String text) {
}
