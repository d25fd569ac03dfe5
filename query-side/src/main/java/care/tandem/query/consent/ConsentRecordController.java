package care.tandem.query.consent;

import care.tandem.events.id.ParticipantId;
import care.tandem.query.api.CsvRows;
import care.tandem.query.api.InstantParameter;
import care.tandem.query.api.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A person's consents as they stood at any instant (what was in force when), and the accounting of disclosures of
 * their information (42 CFR 2.24): the last three years by default, as JSON or CSV.
 */
@RestController
class ConsentRecordController {

    /** 42 CFR 2.24 asks for at least the last three years. */
    private static final long ACCOUNTING_DAYS = 3 * 366;

    private final ConsentRecords records;
    private final ReceivedDisclosures received;
    private final DischargedPlans discharges;
    private final Clock clock = Clock.systemUTC();

    ConsentRecordController(ConsentRecords records, ReceivedDisclosures received, DischargedPlans discharges) {
        this.records = records;
        this.received = received;
        this.discharges = discharges;
    }

    record ConsentAsOf(ConsentEntry consent, ConsentState state) {
    }

    /** @param shredding that the person's personal text was shredded, by whom, when and why; null if it was not */
    record Consents(String participantId, Instant asOf, List<ConsentAsOf> consents, ShreddingEntry shredding) {
    }

    record Accounting(String participantId, Instant from, Instant to, List<DisclosureEntry> disclosures) {
    }

    /** A disclosure as its recipient sees it: about whom, with the notice against redisclosure it came with. */
    record Received(String about, DisclosureEntry disclosure) {
    }

    record ReceivedList(String participantId, List<Received> received) {
    }

    /** What was disclosed to the person about others, each under the consent of the person it is about. */
    @Operation(summary = "What was disclosed to a person about others, each under that person's consent, with its "
            + "notice")
    @GetMapping("/api/participants/{participantId}/received-disclosures")
    ReceivedList received(@PathVariable ParticipantId participantId) {
        return new ReceivedList(participantId.value(), received.of(participantId).stream()
                .flatMap(document -> document.disclosures().stream().map(entry -> new Received(document.person(),
                        entry)))
                .sorted(Comparator.comparing((Received entry) -> entry.disclosure().disclosedAt()))
                .toList());
    }

    @Operation(summary = "A person's consents and what each was at an instant (in force, revoked, expired), and "
            + "whether and why their personal text was shredded")
    @GetMapping("/api/participants/{participantId}/consents")
    Consents consents(@PathVariable ParticipantId participantId, @RequestParam(required = false) String asOf) {
        Instant at = orElse(InstantParameter.parse("asOf", asOf), clock.instant());
        ConsentRecordDocument record = record(participantId);
        List<ConsentAsOf> consents = record.consents().stream()
                .map(consent -> new ConsentAsOf(consent, consent.stateAt(at,
                        discharges.dischargeOf(consent.planId()).orElse(null))))
                .filter(consent -> consent.state() != ConsentState.NOT_YET_GIVEN).toList();
        return new Consents(participantId.value(), at, consents, record.shredding());
    }

    @Operation(summary = "The accounting of disclosures of a person's information (42 CFR 2.24), JSON or CSV")
    @GetMapping(path = "/api/participants/{participantId}/disclosures",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> disclosures(@PathVariable ParticipantId participantId,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String format,
                                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Instant now = clock.instant();
        Instant until = orElse(InstantParameter.parse("to", to), now);
        Instant since = orElse(InstantParameter.parse("from", from),
                now.minus(ACCOUNTING_DAYS, ChronoUnit.DAYS));
        if (!since.isBefore(until)) {
            throw new InvalidParameterException("to", "must be after 'from'");
        }
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new InvalidParameterException("format", "must be json or csv");
        }
        List<DisclosureEntry> disclosures = record(participantId).disclosures().stream()
                .filter(disclosure -> !disclosure.disclosedAt().isBefore(since)
                        && disclosure.disclosedAt().isBefore(until))
                .toList();
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.startsWith("text/csv"));
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(new Accounting(participantId.value(), since, until, disclosures));
        }
        StringBuilder body = new StringBuilder(CsvRows.row("disclosedAt", "recipient", "information", "content",
                "consentId", "purpose", "planId", "sessionId", "notice", "disclosedBy", "disclosureId"));
        disclosures.forEach(disclosure -> body.append(CsvRows.row(disclosure.disclosedAt(), disclosure.recipient(),
                disclosure.information(), disclosure.content(), disclosure.consentId(), disclosure.purpose(),
                disclosure.planId(), disclosure.sessionId(), disclosure.notice(), disclosure.disclosedBy(),
                disclosure.disclosureId())));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("disclosures.csv").build().toString())
                .body(body.toString());
    }

    /** A person with no consent record yet has an empty one: the read model cannot tell them from a stranger. */
    private ConsentRecordDocument record(ParticipantId participantId) {
        return records.of(participantId).orElseGet(() -> ConsentRecordDocument.empty(participantId.value()));
    }

    private static Instant orElse(Instant given, Instant fallback) {
        return given == null ? fallback : given;
    }
}
