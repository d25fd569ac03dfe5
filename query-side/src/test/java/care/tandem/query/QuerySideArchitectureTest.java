package care.tandem.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class QuerySideArchitectureTest {

    private final JavaClasses querySide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("care.tandem.query");

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().should().dependOnClassesThat().resideInAPackage("care.tandem.command..")
                .check(querySide);
    }
}
