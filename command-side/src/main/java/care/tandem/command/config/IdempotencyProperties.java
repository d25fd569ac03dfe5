package care.tandem.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Idempotency-Key handling of the command API.
 *
 * @param inFlightWait how long a request waits for an earlier request with the same key that is still
 *                     running before it is answered 409 {@code idempotency-key-in-flight}; 5 s when unset
 */
@ConfigurationProperties("tandem.idempotency")
public record IdempotencyProperties(Duration inFlightWait) {

    public IdempotencyProperties {
        if (inFlightWait == null) {
            inFlightWait = Duration.ofSeconds(5);
        }
        if (inFlightWait.isNegative() || inFlightWait.isZero()) {
            throw new IllegalArgumentException("tandem.idempotency.in-flight-wait must be a positive duration");
        }
    }
}
