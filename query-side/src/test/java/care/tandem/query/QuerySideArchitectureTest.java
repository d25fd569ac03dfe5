package care.tandem.query;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class QuerySideArchitectureTest {

    /**
     * The query side's own machinery, which every read model may use and which may know every read model (rebuilds,
     * access checks, exports in other systems' formats such as calendar feeds); every other package under
     * care.tandem.query is a read model.
     */
    private static final DescribedPredicate<JavaClass> MACHINERY = resideInAnyPackage("care.tandem.query",
            "care.tandem.query.api..", "care.tandem.query.access..", "care.tandem.query.config..",
            "care.tandem.query.dashboard..", "care.tandem.query.export..", "care.tandem.query.integrity..",
            "care.tandem.query.operations..",
            "care.tandem.query.readmodel..");

    private final JavaClasses querySide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("care.tandem.query");

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().should().dependOnClassesThat().resideInAPackage("care.tandem.command..")
                .check(querySide);
    }

    /** What two read models share lives in readmodel, so each can be rebuilt, changed or dropped on its own. */
    @Test
    void readModelsNeverDependOnEachOther() {
        slices().matching("care.tandem.query.(*)..").namingSlices("read model $1")
                .should().notDependOnEachOther()
                .ignoreDependency(MACHINERY, DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), MACHINERY)
                .check(querySide);
    }
}
