package care.tandem.command.delivery;

import care.tandem.command.jdbc.SqlStates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code idempotency_key} table (Flyway V2): one row per actor and key with the fingerprint of the first
 * request and the answer it got. Must be called inside the transaction that runs the command, so a row
 * exists, committed, exactly when the command's events do.
 * <p>
 * Retention: rows are kept until deleted. Run, e.g. daily,
 * {@code DELETE FROM idempotency_key WHERE created_at < now() - interval '7 days'}; a key deleted that way
 * is forgotten, and a retry with it runs the command again.
 */
@Component
public class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    IdempotencyStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The answer stored for a key: status, the headers that matter, and the body. */
    public record StoredResponse(int status, Map<String, String> headers, byte[] body) {
    }

    /**
     * Claims the key for this request, or returns the answer of the request that claimed it before. While
     * another transaction holds the key uncommitted, waits for it up to {@code inFlightWait}: if it commits,
     * its answer is returned; if it rolls back, this request gets the key.
     *
     * @return empty when this request now holds the key and must run its command
     * @throws IdempotencyKeyReusedException when the key was used for a different request
     * @throws IdempotencyKeyInFlightException when the other request did not finish within the wait
     */
    public Optional<StoredResponse> claim(String actor, String key, String fingerprint, Duration inFlightWait) {
        int claimed;
        try {
            // SET takes no bind parameters; the value is a number formatted here.
            jdbc.execute("set local lock_timeout = " + Math.max(1, inFlightWait.toMillis()));
            claimed = jdbc.update("insert into idempotency_key (actor, idempotency_key, request_fingerprint) "
                    + "values (?, ?, ?) on conflict (actor, idempotency_key) do nothing", actor, key, fingerprint);
            jdbc.execute("set local lock_timeout to default");
        } catch (DataAccessException e) {
            if (SqlStates.hasState(e, SqlStates.LOCK_NOT_AVAILABLE)) {
                throw new IdempotencyKeyInFlightException();
            }
            throw e;
        }
        if (claimed == 1) {
            return Optional.empty();
        }
        List<Map<String, Object>> rows = jdbc.queryForList("select request_fingerprint, response_status, "
                + "response_headers::text as response_headers, response_body from idempotency_key "
                + "where actor = ? and idempotency_key = ?", actor, key);
        if (rows.isEmpty() || rows.get(0).get("response_status") == null) {
            // Deleted by a clean-up between the two statements, or never completed: let the client retry.
            throw new IdempotencyKeyInFlightException();
        }
        Map<String, Object> row = rows.get(0);
        if (!fingerprint.equals(row.get("request_fingerprint"))) {
            throw new IdempotencyKeyReusedException();
        }
        return Optional.of(new StoredResponse(((Number) row.get("response_status")).intValue(),
                readHeaders((String) row.get("response_headers")), (byte[]) row.get("response_body")));
    }

    /** Stores the answer for a key this transaction claimed. */
    public void complete(String actor, String key, StoredResponse response) {
        int updated = jdbc.update("update idempotency_key set response_status = ?, response_headers = ?::jsonb, "
                        + "response_body = ? where actor = ? and idempotency_key = ? and response_status is null",
                response.status(), writeHeaders(response.headers()), response.body(), actor, key);
        if (updated != 1) {
            // The claim is gone: the transaction no longer holds the key, so it must not report success.
            throw new IllegalStateException("Idempotency key claim lost before the response was stored");
        }
    }

    private String writeHeaders(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response headers not serializable", e);
        }
    }

    private Map<String, String> readHeaders(String headers) {
        try {
            return json.readValue(headers, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response headers unreadable", e);
        }
    }
}
