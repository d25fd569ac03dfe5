package care.tandem.command.privacy;

import care.tandem.events.consent.PersonalDataShredded;
import care.tandem.integrity.PersonKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Destroys the person's key as their shredding is recorded, in the same transaction: the event and the destroyed key
 * commit together or not at all (a subscribing processor, {@link PrivacyConfig}). The last member of a plan to be
 * shredded takes the plan's key with theirs ({@link UnitKeys}).
 */
@Component
@ProcessingGroup(KeyShredder.PROCESSING_GROUP)
class KeyShredder {

    static final String PROCESSING_GROUP = "person-keys";

    static final String EVERY_MEMBER_SHREDDED = "EVERY_MEMBER_SHREDDED";

    private final PersonKeys personKeys;
    private final UnitKeys unitKeys;
    private final DataSource dataSource;

    KeyShredder(PersonKeys personKeys, UnitKeys unitKeys, DataSource dataSource) {
        this.personKeys = personKeys;
        this.unitKeys = unitKeys;
        this.dataSource = dataSource;
    }

    @EventHandler
    void on(PersonalDataShredded event) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            personKeys.shred(connection, event.person().value(), event.reason().name()
                    + (event.retentionOverridden() ? " (before the retention period ended: " + event.overrideBasis()
                    + ")" : ""), event.shreddedBy());
            for (String plan : unitKeys.ofPlansNoMemberIsLeftIn(event.person())) {
                personKeys.shred(connection, plan, EVERY_MEMBER_SHREDDED, event.shreddedBy());
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
