package care.tandem.query.access;

/** A participant asked for someone else's record, or holds no participant id (HTTP 403 {@code not-own-record}). */
public class NotOwnRecordException extends RuntimeException {

    public NotOwnRecordException() {
        super("a participant reads their own record only");
    }
}
