package care.tandem.query.readmodel;

import java.time.Instant;

/**
 * Told within the query side when the feed brings a person's shredding: the read models that hold their personal
 * text must be built again, now that it no longer opens.
 */
public record PersonShredded(String person, Instant shreddedAt) {
}
