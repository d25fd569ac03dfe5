package care.tandem.events;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class PublishedLanguageArchitectureTest {

    private final JavaClasses published = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("care.tandem.events");

    @Test
    void thePublishedLanguageKnowsNothingOfSpringKafkaOrMongo() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
                .check(published);
    }

    @Test
    void everyEventIsARecordWithARevision() {
        // A plan's events name their plan; a person's consent events name the person whose stream they are in.
        List<JavaClass> events = published.stream()
                .filter(c -> c.getPackageName().startsWith("care.tandem.events.plan")
                        || c.getPackageName().startsWith("care.tandem.events.consent"))
                .filter(c -> c.reflect().isRecord())
                .filter(c -> c.getFields().stream().anyMatch(f -> f.getName().equals("planId")
                        || f.getName().equals("person")))
                .toList();

        assertThat(events).extracting(JavaClass::getSimpleName)
                .contains("TreatmentPlanOpened", "SoloAttendanceRecorded", "ConsentGranted", "InformationDisclosed");
        assertThat(events).allSatisfy(event ->
                assertThat(event.isAnnotatedWith(Revision.class)).as(event.getSimpleName() + " has @Revision").isTrue());
    }
}
