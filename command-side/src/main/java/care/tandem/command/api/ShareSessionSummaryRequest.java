package care.tandem.command.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The summary of a missed joint session for the partner who missed it, one part per person it is about. */
public record ShareSessionSummaryRequest(@NotNull String recipient,
                                         @NotNull @Size(min = 1, max = 10) List<@Valid SummaryPartRequest> parts) {
}
