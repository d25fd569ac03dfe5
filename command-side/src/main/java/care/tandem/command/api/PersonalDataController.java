package care.tandem.command.api;

import care.tandem.command.consent.PersonConsentsId;
import care.tandem.command.consent.ShredPersonalData;
import care.tandem.command.delivery.AuditContext;
import care.tandem.command.delivery.PlanCommandGateway;
import care.tandem.command.privacy.LastEntries;
import care.tandem.events.id.ParticipantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import static care.tandem.command.api.RequestIds.parse;

/**
 * Compliance staff shred a person's personal text: their key is destroyed, so their name and words read "[erased]"
 * everywhere from now on, while their record's ids and everyone else's text stay. Refused (409
 * {@code retention-period-not-over}) before the retention period after the last entry of any record they are in,
 * unless an override is recorded with its basis; 404 for a person no record names (a mistyped id shreds no one).
 * The shredding is itself an event of the person's stream.
 */
@RestController
@Tag(name = "Consent and disclosure")
class PersonalDataController {

    private final PlanCommandGateway commands;
    private final LastEntries lastEntries;
    private final Period retention;

    PersonalDataController(PlanCommandGateway commands, LastEntries lastEntries,
                           @Value("${tandem.privacy.retention}") Period retention) {
        this.commands = commands;
        this.lastEntries = lastEntries;
        this.retention = retention;
    }

    @Operation(summary = "Compliance: shred a person's personal text (destroy their key), after the retention "
            + "period or on a recorded override")
    @PostMapping("/api/participants/{participantId}/shredding")
    CommandAccepted shred(@PathVariable String participantId, @Valid @RequestBody ShredPersonalDataRequest request,
                          AuditContext audit) {
        ParticipantId person = parse("participantId", participantId, ParticipantId::of);
        Instant lastEntry = lastEntries.of(person).orElseThrow(() -> new UnknownPersonException(person));
        Instant retainedUntil = lastEntry.atOffset(ZoneOffset.UTC).plus(retention).toInstant();
        commands.send(new ShredPersonalData(PersonConsentsId.of(person), request.reason(),
                request.overrideBasis() == null ? null : request.overrideBasis().strip(), lastEntry, retainedUntil,
                audit.actor().value(), audit.receivedAt()), audit);
        return CommandAccepted.forPerson(audit);
    }
}
