package care.tandem.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class CommandSideArchitectureTest {

    private final JavaClasses commandSide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("care.tandem.command");

    @Test
    void theCommandSideNeverReadsTheQuerySide() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("care.tandem.query..", "com.mongodb..")
                .check(commandSide);
    }

    @Test
    void theDomainKnowsNothingOfHttpSpringOrStorage() {
        noClasses().that().resideInAPackage("care.tandem.command.plan..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("care.tandem.command.api..", "org.springframework.web..", "java.sql..",
                        "org.springframework.jdbc..", "org.apache.kafka..")
                .check(commandSide);
    }

    @Test
    void theDomainNeverReadsAClock() {
        noClasses().that().resideInAPackage("care.tandem.command.plan..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .check(commandSide);
    }
}
