package care.tandem.integrity;

/** The last chained event of a stream, as a checkpoint holds it. */
public record StreamHead(String streamId, long sequence, byte[] hash) {
}
