package care.tandem.events.consent;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.privacy.PersonalData;

/**
 * To whom a consent lets the clinic disclose (42 CFR 2.31(a)(4)): a named member of the same plan, such as the
 * partner or a parent, or an outside provider or program by name. Exactly one of the two. Where a person is treated
 * or referred says something about them: the provider's name is sealed with the key of the person who consents.
 */
public record ConsentRecipient(ParticipantId member, @PersonalData(subject = "../person") String outsideProvider) {

    public ConsentRecipient {
        if ((member == null) == (outsideProvider == null)) {
            throw new IllegalArgumentException("a consent names either a plan member or an outside provider");
        }
    }

    public static ConsentRecipient member(ParticipantId member) {
        return new ConsentRecipient(member, null);
    }

    public boolean is(ParticipantId participant) {
        return participant.equals(member);
    }
}
