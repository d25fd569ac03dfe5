package care.tandem.query.consent;

import care.tandem.events.id.ParticipantId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The consents the members of a plan gave within it, for views outside the query API. */
@Component
public class PlanConsents {

    private final ConsentRecords records;
    private final DischargedPlans discharges;

    PlanConsents(ConsentRecords records, DischargedPlans discharges) {
        this.records = records;
        this.discharges = discharges;
    }

    /** Each consent the persons gave within the plan, in the order given, as it stands at {@code at}. */
    public List<PlanConsent> of(String planId, Collection<String> persons, Instant at) {
        Instant dischargedAt = discharges.dischargeOf(planId).orElse(null);
        return persons.stream()
                .flatMap(person -> records.of(ParticipantId.of(person)).stream()
                        .flatMap(record -> record.consents().stream())
                        .filter(consent -> consent.planId().equals(planId))
                        .map(consent -> new PlanConsent(person, consent, consent.stateAt(at, dischargedAt))))
                .toList();
    }
}
