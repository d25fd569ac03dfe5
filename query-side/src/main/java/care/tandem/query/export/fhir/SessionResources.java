package care.tandem.query.export.fhir;

import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionStatus;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static care.tandem.query.export.fhir.FhirReferences.SESSION_IDS;
import static care.tandem.query.export.fhir.FhirReferences.date;
import static care.tandem.query.export.fhir.SecurityLabels.labelled;

/**
 * Each session as an {@code Appointment}: booked while ahead, cancelled, or once held fulfilled if anyone came and
 * noshow if no one did. Its participants' status is an RSVP, which Tandem does not ask for: the clinician who booked
 * it accepted, the participants need-action. Attendance is one virtual {@code Encounter} per person whose attendance
 * was recorded: finished for the minutes they were there, cancelled if they missed it.
 */
final class SessionResources {

    private static final Coding VIRTUAL = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "VR",
            "virtual");
    private static final String UCUM = "http://unitsofmeasure.org";

    private SessionResources() {
    }

    static List<Resource> of(FhirPlan plan) {
        List<Resource> resources = new ArrayList<>();
        for (ScheduledSession session : plan.sessions()) {
            resources.add(appointment(plan.planId(), session));
            if (session.status() == SessionStatus.HELD) {
                session.participants().stream().map(session::attendanceOf).filter(Objects::nonNull)
                        .forEach(fact -> resources.add(encounter(plan.planId(), session, fact)));
            }
        }
        return resources;
    }

    static String appointmentId(String planId, String sessionId) {
        return FhirIds.scoped(planId, sessionId);
    }

    private static Appointment appointment(String planId, ScheduledSession session) {
        Appointment appointment = labelled(new Appointment());
        appointment.setId(appointmentId(planId, session.sessionId()));
        appointment.addIdentifier().setSystem(SESSION_IDS).setValue(session.sessionId());
        appointment.setStatus(status(session));
        appointment.addServiceType(new CodeableConcept().setText(words(session.kind().name()) + " session"));
        appointment.setStart(date(session.startsAt())).setEnd(date(end(session)))
                .setMinutesDuration(session.durationMinutes());
        if (session.status() == SessionStatus.CANCELLED && session.cancellationReason() != null) {
            appointment.setCancelationReason(new CodeableConcept().setText(words(session.cancellationReason().name())));
        }
        if (session.makeupFor() != null) {
            appointment.addSupportingInformation(
                    FhirReferences.to("Appointment", appointmentId(planId, session.makeupFor())));
        }
        appointment.addParticipant().setActor(FhirReferences.practitioner(session.clinician()))
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        for (String participant : session.participants()) {
            appointment.addParticipant().setActor(FhirReferences.patient(participant))
                    .setRequired(Appointment.ParticipantRequired.REQUIRED)
                    .setStatus(Appointment.ParticipationStatus.NEEDSACTION);
        }
        return appointment;
    }

    private static Appointment.AppointmentStatus status(ScheduledSession session) {
        return switch (session.status()) {
            case SCHEDULED, RESCHEDULED -> Appointment.AppointmentStatus.BOOKED;
            case CANCELLED -> Appointment.AppointmentStatus.CANCELLED;
            case HELD -> session.participants().stream().map(session::attendanceOf)
                    .anyMatch(fact -> fact != null && !fact.missed())
                    ? Appointment.AppointmentStatus.FULFILLED : Appointment.AppointmentStatus.NOSHOW;
        };
    }

    static String encounterId(String planId, String sessionId, String participantId) {
        return FhirIds.hashed("encounter", planId, sessionId, participantId);
    }

    private static Encounter encounter(String planId, ScheduledSession session, AttendanceFact fact) {
        Encounter encounter = labelled(new Encounter());
        encounter.setId(encounterId(planId, session.sessionId(), fact.participantId()));
        encounter.setStatus(fact.missed() ? Encounter.EncounterStatus.CANCELLED : Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(VIRTUAL.copy());
        encounter.setServiceType(new CodeableConcept().setText(words(session.kind().name()) + " session"));
        encounter.setSubject(FhirReferences.patient(fact.participantId()));
        encounter.addParticipant().setIndividual(FhirReferences.practitioner(session.clinician()));
        encounter.addAppointment(FhirReferences.to("Appointment", appointmentId(planId, session.sessionId())));
        if (!fact.missed()) {
            int attended = fact.status().attendedMinutes(session.durationMinutes(), fact.minutesLate(),
                    fact.minutesLeftEarly());
            int minutesLate = fact.minutesLate() == null ? 0 : fact.minutesLate();
            Instant joined = session.startsAt().plusSeconds(60L * minutesLate);
            encounter.setPeriod(FhirReferences.period(joined, joined.plusSeconds(60L * attended)));
            encounter.setLength((Duration) new Duration().setValue(attended).setUnit("min").setSystem(UCUM)
                    .setCode("min"));
        }
        return encounter;
    }

    private static Instant end(ScheduledSession session) {
        return session.startsAt().plusSeconds(60L * session.durationMinutes());
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
