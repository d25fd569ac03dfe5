package care.tandem.infra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Checked here because only infra sees both sides on one classpath. */
class ModuleBoundariesTest {

    private final JavaClasses tandem = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("care.tandem");

    @Test
    void theCommandSideAndTheQuerySideNeverDependOnEachOther() {
        noClasses().that().resideInAPackage("care.tandem.command..")
                .should().dependOnClassesThat().resideInAPackage("care.tandem.query..")
                .check(tandem);
        noClasses().that().resideInAPackage("care.tandem.query..")
                .should().dependOnClassesThat().resideInAPackage("care.tandem.command..")
                .check(tandem);
    }

    @Test
    void thePublishedLanguageDependsOnNeitherSide() {
        noClasses().that().resideInAPackage("care.tandem.events..")
                .should().dependOnClassesThat().resideInAnyPackage("care.tandem.command..", "care.tandem.query..",
                        "care.tandem.infra..")
                .check(tandem);
    }

    @Test
    void theHttpEdgeKnowsNothingOfTheDomainOrEitherSide() {
        noClasses().that().resideInAPackage("care.tandem.edge..")
                .should().dependOnClassesThat().resideInAnyPackage("care.tandem.events..", "care.tandem.command..",
                        "care.tandem.query..", "care.tandem.infra..")
                .check(tandem);
    }

    @Test
    void accessControlKnowsNothingOfTheDomainOrEitherSide() {
        noClasses().that().resideInAPackage("care.tandem.access..")
                .should().dependOnClassesThat().resideInAnyPackage("care.tandem.events..", "care.tandem.command..",
                        "care.tandem.query..", "care.tandem.infra..")
                .check(tandem);
    }

    /** Of the published language, only the cipher its serializer calls: no event, no id. */
    @Test
    void theEventStoresIntegrityKnowsNothingOfTheDomainOrAnyService() {
        noClasses().that().resideInAPackage("care.tandem.integrity..")
                .should().dependOnClassesThat().resideInAnyPackage("care.tandem.events.plan..",
                        "care.tandem.events.consent..", "care.tandem.events.id..", "care.tandem.command..",
                        "care.tandem.query..", "care.tandem.infra..", "care.tandem.access..", "care.tandem.edge..")
                .check(tandem);
    }

    /** The issuer stands in for the clinic's provider: it may not reach into the services it issues tokens for. */
    @Test
    void theEmbeddedIssuerDependsOnNoService() {
        noClasses().that().resideInAPackage("care.tandem.infra.identity..")
                .should().dependOnClassesThat().resideInAnyPackage("care.tandem.command..", "care.tandem.query..",
                        "care.tandem.access..", "care.tandem.events..")
                .check(tandem);
    }
}
