package care.tandem.infra.platform;

import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.events.upcasting.TandemUpcasters;
import care.tandem.infra.platform.Replay.Attendance;
import care.tandem.infra.platform.Replay.Fact;
import care.tandem.infra.platform.Replay.Standing;
import care.tandem.integrity.MasterKey;
import care.tandem.integrity.PersonKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's events read straight from the event store's table (upcast and deserialized as the command side loads
 * them), and a fold of them into a {@link Replay} written here, apart from the query side, from the events' own
 * meaning: a fact happened when its session started, as scheduled or last rescheduled before it; a correction
 * corrects the latest earlier fact about that participant at that session; the latest fact stands.
 */
final class EventStoreFold {

    private EventStoreFold() {
    }

    /** The plan's events as stored, their personal text opened with the platform's keys (the master key given). */
    static List<DomainEventMessage<?>> storedEvents(TandemPlatform platform, String planId, Path masterKey)
            throws SQLException {
        List<GenericDomainEventEntry<byte[]>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(platform.postgresJdbcUrl(),
                platform.postgresUsername(), platform.postgresPassword());
             PreparedStatement query = connection.prepareStatement("""
                     select type, aggregateidentifier, sequencenumber, eventidentifier, timestamp, payloadtype,
                            payloadrevision, payload, metadata
                     from domainevententry where aggregateidentifier = ? order by sequencenumber""")) {
            query.setString(1, planId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new GenericDomainEventEntry<>(row.getString(1), row.getString(2), row.getLong(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            row.getBytes(8), row.getBytes(9)));
                }
            }
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        PGSimpleDataSource store = new PGSimpleDataSource();
        store.setUrl(platform.postgresJdbcUrl());
        store.setUser(platform.postgresUsername());
        store.setPassword(platform.postgresPassword());
        PersonKeys keys = new PersonKeys(store, MasterKey.in(masterKey), Clock.systemUTC(), Duration.ZERO, false);
        EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), TandemSerialization.serializer(keys),
                TandemUpcasters.chain()).forEachRemaining(events::add);
        return events;
    }

    /** {@code asOf} and {@code occurredBefore} may be null: no bound on that timeline. */
    static Replay fold(List<DomainEventMessage<?>> events, Instant asOf, Instant occurredBefore) {
        Map<String, Instant> starts = new HashMap<>();
        Map<String, Long> latestFactAbout = new HashMap<>();
        List<Fact> facts = new ArrayList<>();
        Map<String, Map<String, Standing>> standing = new LinkedHashMap<>();
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            if (payload instanceof SessionScheduled scheduled) {
                starts.put(scheduled.sessionId().value(), scheduled.startsAt());
            } else if (payload instanceof SessionRescheduled rescheduled) {
                starts.put(rescheduled.sessionId().value(), rescheduled.startsAt());
            }
            Fact fact = factOf(event, starts, latestFactAbout);
            if (fact == null) {
                continue;
            }
            for (Attendance attendance : fact.attendance()) {
                latestFactAbout.put(fact.sessionId() + "/" + attendance.participantId(), fact.sequenceNumber());
            }
            boolean onRecordByThen = asOf == null || !event.getTimestamp().isAfter(asOf);
            boolean happenedBefore = occurredBefore == null || fact.sessionStartsAt().isBefore(occurredBefore);
            if (onRecordByThen && happenedBefore) {
                facts.add(fact);
                Map<String, Standing> session = standing.computeIfAbsent(fact.sessionId(), id -> new HashMap<>());
                fact.attendance().forEach(attendance -> session.put(attendance.participantId(),
                        new Standing(attendance, fact.sequenceNumber())));
            }
        }
        return new Replay(facts, standing);
    }

    private static Fact factOf(DomainEventMessage<?> event, Map<String, Instant> starts,
                               Map<String, Long> latestFactAbout) {
        Object payload = event.getPayload();
        if (payload instanceof JointAttendanceRecorded joint) {
            return fact(event, joint.sessionId().value(), starts, "JOINT",
                    joint.attendees().stream().map(attendee -> attended(attendee)).toList(), null, null, null,
                    joint.recordedBy(), joint.recordedAt());
        }
        if (payload instanceof SoloAttendanceRecorded solo) {
            return fact(event, solo.sessionId().value(), starts, "SOLO",
                    List.of(attended(solo.attendingPartner()), new Attendance(solo.absentPartner().value(), "ABSENT",
                            null, null, name(solo.absenceReason()), null)),
                    solo.reasonDetail(), null, null, solo.recordedBy(), solo.recordedAt());
        }
        if (payload instanceof AttendanceRecorded recorded) {
            return fact(event, recorded.sessionId().value(), starts, "PER_PARTICIPANT",
                    recorded.attendance().stream().map(EventStoreFold::stated).toList(), null, null, null,
                    recorded.recordedBy(), recorded.recordedAt());
        }
        if (payload instanceof AttendanceCorrected correction) {
            String sessionId = correction.sessionId().value();
            Attendance corrected = stated(correction.corrected());
            return fact(event, sessionId, starts, "CORRECTION", List.of(corrected), null,
                    correction.correctionReason(), latestFactAbout.get(sessionId + "/" + corrected.participantId()),
                    correction.correctedBy(), correction.correctedAt());
        }
        return null;
    }

    /** The read model keeps instants as BSON dates, which hold milliseconds. */
    private static Fact fact(DomainEventMessage<?> event, String sessionId, Map<String, Instant> starts, String kind,
                             List<Attendance> attendance, String reasonDetail, String correctionReason,
                             Long corrects, ClinicianId recordedBy, Instant recordedAt) {
        return new Fact(event.getSequenceNumber(), sessionId, starts.get(sessionId), kind, attendance, reasonDetail,
                correctionReason, corrects, recordedBy.value(), recordedAt.truncatedTo(ChronoUnit.MILLIS),
                (String) event.getMetaData().get(EventMetadata.ACTOR),
                (String) event.getMetaData().get(EventMetadata.CORRELATION_ID), event.getTimestamp());
    }

    private static Attendance attended(ParticipantId participant) {
        return new Attendance(participant.value(), "ATTENDED", null, null, null, null);
    }

    private static Attendance stated(ParticipantAttendance attendance) {
        return new Attendance(attendance.participantId().value(), attendance.status().name(),
                attendance.minutesLate(), attendance.minutesLeftEarly(), name(attendance.absenceReason()),
                attendance.attendedMinutes());
    }

    private static String name(AbsenceReason reason) {
        return reason == null ? null : reason.name();
    }
}
