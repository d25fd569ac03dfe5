package care.tandem.query.access;

import care.tandem.access.audit.AccessAuditLog;
import care.tandem.access.audit.AccessOutcome;
import care.tandem.access.audit.AccessQuery;
import care.tandem.access.audit.AccessRecord;
import care.tandem.query.api.IdParameters;
import care.tandem.query.api.InvalidParameterException;
import care.tandem.query.api.Page;
import care.tandem.query.api.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The access audit for compliance staff: who read or was refused which plan or person's record, when, why and with
 * what outcome, filtered by plan, person, user (token subject), outcome and time range; JSON pages or CSV.
 * Reading it is itself recorded.
 */
@RestController
class AccessAuditController {

    private static final Pattern SUBJECT = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    /** The CSV holds the whole selection, to this many rows: an export, not a page. */
    private static final int CSV_MAX_ROWS = 100_000;

    private final AccessAuditLog accessAudit;

    AccessAuditController(AccessAuditLog accessAudit) {
        this.accessAudit = accessAudit;
    }

    @Operation(summary = "Compliance: who read or was refused a plan's or person's record, when, why and with what "
            + "outcome (JSON pages, or CSV with Accept: text/csv or format=csv)")
    @GetMapping(path = "/api/access-audit", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> accessAudit(@RequestParam(required = false) String planId,
                                  @RequestParam(required = false) String personId,
                                  @RequestParam(required = false) String subject,
                                  @RequestParam(required = false) String outcome,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String format,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                  PageRequest page) {
        AccessQuery query = new AccessQuery(IdParameters.optional("planId", planId),
                IdParameters.optional("personId", personId), subject(subject), outcome(outcome),
                instant("from", from, Instant.EPOCH), instant("to", to, Instant.parse("9999-01-01T00:00:00Z")));
        if (!query.from().isBefore(query.to())) {
            throw new InvalidParameterException("to", "must be after 'from'");
        }
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.startsWith("text/csv"));
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new InvalidParameterException("format", "must be json or csv");
        }
        if (csv) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("access-audit.csv").build().toString())
                    .body(AccessAuditCsv.write(accessAudit.find(query, 0, CSV_MAX_ROWS)));
        }
        long total = accessAudit.count(query);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(new Page<AccessRecord>(accessAudit.find(query, (long) page.page() * page.size(), page.size()),
                        page.page(), page.size(), total, (int) ((total + page.size() - 1) / page.size())));
    }


    private static String subject(String value) {
        if (value != null && !SUBJECT.matcher(value).matches()) {
            throw new InvalidParameterException("subject", "a token subject is 1-255 printable ASCII characters");
        }
        return value;
    }

    private static AccessOutcome outcome(String value) {
        if (value == null) {
            return null;
        }
        try {
            return AccessOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("outcome", "must be one of " + Arrays.toString(AccessOutcome.values()));
        }
    }

    private static Instant instant(String parameter, String value, Instant fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            Instant instant = Instant.parse(value);
            if (instant.isBefore(Instant.EPOCH) || instant.isAfter(fallback.isAfter(Instant.EPOCH) ? fallback
                    : Instant.parse("9999-01-01T00:00:00Z"))) {
                throw new InvalidParameterException(parameter, "must be between 1970 and 9999");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }
}
