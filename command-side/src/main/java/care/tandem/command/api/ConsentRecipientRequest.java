package care.tandem.command.api;

import jakarta.validation.constraints.Size;

/** To whom: a member of the plan ({@code member}, a participant id) or an outside provider or program by name. */
public record ConsentRecipientRequest(String member, @Size(min = 1, max = 200) String outsideProvider) {
}
