package care.tandem.events.feed;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;

import java.util.Comparator;
import java.util.List;

/** Every event of the published language: each record of {@code care.tandem.events} that carries a {@link Revision}. */
final class PublishedEvents {

    private PublishedEvents() {
    }

    static List<Class<?>> all() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("care.tandem.events").stream()
                .filter(type -> type.isAnnotatedWith(Revision.class))
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getSimpleName))
                .<Class<?>>map(type -> type)
                .toList();
    }

    static String revision(Class<?> event) {
        return event.getAnnotation(Revision.class).value();
    }

    /** {@code SessionScheduled-1.json}: the schema of one event at one revision. */
    static String schemaFile(Class<?> event) {
        return event.getSimpleName() + "-" + revision(event) + ".json";
    }
}
