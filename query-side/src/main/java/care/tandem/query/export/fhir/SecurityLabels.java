package care.tandem.query.export.fhir;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

import java.util.List;

/**
 * The HL7 security labels (DS4P) that mark a record of substance-use treatment under 42 CFR Part 2: restricted
 * confidentiality, the Part 2 law as policy, substance-use sensitivity, and the refrain from redisclosing without the
 * person's consent (42 CFR 2.32). Every resource about a participant carries them, so a receiving system knows what
 * it holds.
 */
final class SecurityLabels {

    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    private SecurityLabels() {
    }

    static List<Coding> part2() {
        return List.of(new Coding(CONFIDENTIALITY, "R", "restricted"),
                new Coding(ACT_CODE, "42CFRPart2", "42 CFR Part2"),
                new Coding(ACT_CODE, "SUD", "substance use disorder information sensitivity"),
                new Coding(ACT_CODE, "NORDSCLCD", "no redisclosure without consent directive"));
    }

    static <T extends Resource> T labelled(T resource) {
        part2().forEach(resource.getMeta()::addSecurity);
        return resource;
    }
}
