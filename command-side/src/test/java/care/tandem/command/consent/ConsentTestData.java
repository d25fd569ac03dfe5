package care.tandem.command.consent;

import care.tandem.command.plan.DisclosureRequest;
import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.consent.InformationDisclosed;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Alex's consent record: consents to Sam within plan-1, and disclosures of session summaries to Sam. */
final class ConsentTestData {

    static final ParticipantId ALEX = ParticipantId.of("p-alex");
    static final ParticipantId SAM = ParticipantId.of("p-sam");
    static final ParticipantId MORGAN = ParticipantId.of("p-morgan");
    static final PersonConsentsId ALEX_CONSENTS = PersonConsentsId.of(ALEX);
    static final PlanId PLAN = PlanId.of("plan-1");
    static final PlanId OTHER_PLAN = PlanId.of("plan-2");
    static final SessionId SESSION = SessionId.of("s-mon");
    static final ClinicianId CLINICIAN = ClinicianId.of("c-rivera");
    static final ConsentId CONSENT = ConsentId.of("consent-1");
    static final String NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

    static final Instant GRANTED_AT = Instant.parse("2026-03-02T18:00:00Z");
    static final Instant SHARED_AT = Instant.parse("2026-03-03T12:00:00Z");
    static final LocalDate LAST_DAY = LocalDate.parse("2026-03-31");
    /** The end of March 31 in New York. */
    static final Instant EXPIRES_AT = Instant.parse("2026-04-01T04:00:00Z");

    private ConsentTestData() {
    }

    static ConsentGranted consentToSam(ConsentId id, List<DisclosedInformation> information) {
        return new ConsentGranted(ALEX, id, PLAN, ConsentRecipient.member(SAM), information,
                DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, LAST_DAY, EXPIRES_AT, true,
                ConsentAttestation.SIGNED_IN_SESSION, ALEX, GRANTED_AT, CLINICIAN, GRANTED_AT);
    }

    static ConsentGranted summariesToSam() {
        return consentToSam(CONSENT, List.of(DisclosedInformation.SESSION_SUMMARIES));
    }

    static ConsentRevoked revoked(Instant at) {
        return new ConsentRevoked(ALEX, CONSENT, CLINICIAN, at);
    }

    static DisclosureRequest summaryTo(ParticipantId recipient, Instant at) {
        return new DisclosureRequest(ALEX, DisclosureId.of("d-" + at.toEpochMilli()), PLAN, SESSION, recipient,
                DisclosedInformation.SESSION_SUMMARIES, DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY,
                "Alex worked on early warning signs.", NOTICE, CLINICIAN, at);
    }

    static DiscloseInformation disclose(DisclosureRequest request) {
        return new DiscloseInformation(PersonConsentsId.of(request.person()), request);
    }

    static InformationDisclosed disclosed(DisclosureRequest request, ConsentId under) {
        return new InformationDisclosed(request.person(), request.disclosureId(), under, request.planId(),
                request.sessionId(), request.recipient(), request.information(), request.purpose(), request.content(),
                request.notice(), request.disclosedBy(), request.disclosedAt());
    }
}
