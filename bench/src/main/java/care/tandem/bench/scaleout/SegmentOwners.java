package care.tandem.bench.scaleout;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which instance holds which event processor's segment, as the token stores record it: the query side's read models
 * in MongoDB, the command side's Kafka publisher in PostgreSQL. Owners are {@code <app>@<pid>@<host>}.
 */
final class SegmentOwners {

    private SegmentOwners() {
    }

    /** Each read model's segments ({@code name/segment}) by owner's process id; 0 for an unclaimed one. */
    static Map<String, Long> querySide(String mongoUri) {
        Map<String, Long> owners = new TreeMap<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (Document token : client.getDatabase("tandem").getCollection("trackingtokens").find()) {
                owners.put(token.getString("processorName") + "/" + token.get("segment"),
                        pidOf(token.getString("owner")));
            }
        }
        return owners;
    }

    /** The same for the command side's processors (the Kafka publisher). */
    static Map<String, Long> commandSide(String jdbcUrl, String username, String password) {
        Map<String, Long> owners = new TreeMap<>();
        try (Connection store = DriverManager.getConnection(jdbcUrl, username, password);
             ResultSet rows = store.createStatement().executeQuery(
                     "select processorname, segment, owner from tokenentry")) {
            while (rows.next()) {
                owners.put(rows.getString(1) + "/" + rows.getInt(2), pidOf(rows.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the command side's tokens", e);
        }
        return owners;
    }

    /** {@code query-side@4711@host} is process 4711. */
    private static long pidOf(String owner) {
        if (owner == null) {
            return 0;
        }
        String[] parts = owner.split("@");
        return parts.length >= 2 ? Long.parseLong(parts[1]) : 0;
    }
}
