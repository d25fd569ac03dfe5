package care.tandem.command.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds a command's target aggregate as Axon always does ({@code @TargetAggregateIdentifier}), and takes
 * the version the client expects from the command's metadata ({@value #EXPECTED_VERSION}) instead of a
 * field on every command record. Axon's repository then refuses the command with a
 * {@link org.axonframework.modelling.command.ConflictingAggregateVersionException} when the aggregate is
 * at another version, and nothing is stored.
 * <p>
 * Registered as the only {@link CommandTargetResolver} bean: Axon's {@code SpringConfigurer} hands that
 * bean to every aggregate that does not name a resolver in {@code @Aggregate(commandTargetResolver = ...)}.
 * Metadata of a command is not copied onto its events (see {@link AuditMetadataProvider}), so the expected
 * version never reaches the event store or Kafka.
 */
public class ExpectedVersionCommandTargetResolver implements CommandTargetResolver {

    /** Command metadata key: the aggregate version (sequence number of its last event) the sender saw. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver identifiers = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
        Long expected = expectedVersion(command.getMetaData().get(EXPECTED_VERSION));
        return expected == null ? target : new VersionedAggregateIdentifier(target.getIdentifierValue(), expected);
    }

    private static Long expectedVersion(Object value) {
        if (value == null) {
            return null;
        }
        // A serializing command bus may turn the Long into another number type or a string.
        if (value instanceof Number number) {
            return number.longValue();
        }
        return Long.valueOf(value.toString());
    }
}
