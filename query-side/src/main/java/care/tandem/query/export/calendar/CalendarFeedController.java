package care.tandem.query.export.calendar;

import care.tandem.access.Caller;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.query.access.Callers;
import care.tandem.query.calendar.ClinicianSessions;
import care.tandem.query.careteam.CareTeamDocument;
import care.tandem.query.careteam.CareTeams;
import care.tandem.query.readmodel.PlanSession;
import care.tandem.query.schedule.ParticipantSessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Subscribable calendar feeds of one's own sessions: a clinician's across their plans, a participant's own. A
 * calendar app cannot sign in, so the feed's URL carries a secret instead of a token; the person gets it (and a new
 * one, which ends the old) from {@code POST /api/calendar-feed}, and ends it with {@code DELETE}. Every fetch is in
 * the access audit under the person the feed was issued to.
 */
@RestController
@Tag(name = "Calendar feeds")
class CalendarFeedController {

    static final String FEED_CLIENT = "calendar-feed";
    static final String FEED_PATH = "/calendar-feeds/";
    /** 256 bits, base64url without padding. Anything else cannot be a feed: 404 without a lookup. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedStore feeds;
    private final IcsCalendar ics;
    private final ClinicianSessions clinicianSessions;
    private final ParticipantSessions participantSessions;
    private final CareTeams careTeams;
    private final CalendarFeedProperties properties;
    private final Clock clock = Clock.systemUTC();

    CalendarFeedController(CalendarFeedStore feeds, IcsCalendar ics, ClinicianSessions clinicianSessions,
                           ParticipantSessions participantSessions, CareTeams careTeams,
                           CalendarFeedProperties properties) {
        this.feeds = feeds;
        this.ics = ics;
        this.clinicianSessions = clinicianSessions;
        this.participantSessions = participantSessions;
        this.careTeams = careTeams;
        this.properties = properties;
    }

    /** @param url present only in the answer that issued the feed: the secret is never shown again */
    record FeedStatus(boolean active, Instant issuedAt, String url) {
    }

    @Operation(summary = "Whether the caller has a calendar feed in force, and since when (never its URL)")
    @GetMapping("/api/calendar-feed")
    FeedStatus status(HttpServletRequest request) {
        return feeds.inForce(ownerOf(request)).map(feed -> new FeedStatus(true, feed.issuedAt(), null))
                .orElse(new FeedStatus(false, null, null));
    }

    @Operation(summary = "Issue the caller a new calendar feed URL; a feed in force stops working")
    @PostMapping("/api/calendar-feed")
    ResponseEntity<FeedStatus> issue(HttpServletRequest request) {
        Caller caller = Callers.of(request);
        CalendarFeedStore.Issued issued = feeds.issue(ownerOf(request), caller.subject());
        String url = ServletUriComponentsBuilder.fromContextPath(request).path(FEED_PATH + issued.secret() + ".ics")
                .toUriString();
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new FeedStatus(true, issued.issuedAt(), url));
    }

    @Operation(summary = "End the caller's calendar feed: its URL stops working")
    @DeleteMapping("/api/calendar-feed")
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        return feeds.revoke(ownerOf(request)) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @Operation(summary = "Operators and compliance: end a clinician's calendar feed (one who left, a URL that leaked)",
            description = "204 whether or not a feed was in force: afterwards none is.")
    @DeleteMapping("/api/calendar-feeds/clinicians/{clinicianId}")
    ResponseEntity<Void> endClinicianFeed(@PathVariable ClinicianId clinicianId) {
        feeds.revoke(new FeedOwner(FeedOwner.Kind.CLINICIAN, clinicianId.value()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Operators and compliance: end a participant's calendar feed",
            description = "204 whether or not a feed was in force: afterwards none is.")
    @DeleteMapping("/api/calendar-feeds/participants/{participantId}")
    ResponseEntity<Void> endParticipantFeed(@PathVariable ParticipantId participantId) {
        feeds.revoke(new FeedOwner(FeedOwner.Kind.PARTICIPANT, participantId.value()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A calendar feed (RFC 5545) by its secret URL", description = "No token: the secret in "
            + "the URL is the credential. Neutral titles only; 404 for a revoked or unknown feed.")
    @GetMapping(value = FEED_PATH + "{secret}.ics", produces = IcsCalendar.MEDIA_TYPE)
    ResponseEntity<String> feed(@PathVariable String secret, HttpServletRequest request) {
        Optional<CalendarFeedStore.Feed> opened = SECRET.matcher(secret).matches() ? feeds.opened(secret)
                : Optional.empty();
        CalendarFeedStore.Feed feed = opened.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no calendar feed at this URL"));
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, feed.owner().asCaller(feed.issuedTo()));
        Instant now = clock.instant();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(IcsCalendar.MEDIA_TYPE + ";charset=UTF-8"))
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .body(ics.render(sessionsOf(feed.owner(), now), now));
    }

    private List<PlanSession> sessionsOf(FeedOwner owner, Instant now) {
        Instant from = now.minus(Duration.ofDays(properties.daysBack()));
        Instant to = now.plus(Duration.ofDays(properties.daysAhead()));
        List<PlanSession> sessions = owner.kind() == FeedOwner.Kind.CLINICIAN
                ? clinicianSessions.startingBetween(ClinicianId.of(owner.id()), from, to)
                : participantSessions.of(owner.id(), careTeams.ofPerson(owner.id()).stream()
                        .map(CareTeamDocument::planId).toList());
        return sessions.stream().filter(entry -> !entry.session().startsAt().isBefore(from)
                && entry.session().startsAt().isBefore(to)).toList();
    }

    private static FeedOwner ownerOf(HttpServletRequest request) {
        return FeedOwner.of(Callers.of(request)).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "calendar feeds are for clinicians and participants"));
    }
}
