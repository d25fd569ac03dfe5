-- Idempotency-Key of the command API: one row per actor and key, with the fingerprint of the first request
-- and the answer it got. Claimed, answered and committed in the same transaction as the events of the
-- command it ran, so a stored answer exists exactly when those events do; a refused command rolls back
-- its row too. Holds no payloads: the fingerprint is a SHA-256 of method, path and body, and the stored
-- answer is the command API's {planId, sessionId, correlationId} (ids only).
--
-- Retention: rows are kept until deleted. Delete old ones periodically, e.g. once a day:
--   DELETE FROM idempotency_key WHERE created_at < now() - interval '7 days';
-- A key deleted this way is forgotten: a retry with it after that runs the command again, so keep rows
-- longer than any client retries.

CREATE TABLE idempotency_key (
    actor               VARCHAR(64)  NOT NULL,
    idempotency_key     VARCHAR(100) NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,
    response_status     SMALLINT,
    response_headers    JSONB,
    response_body       BYTEA,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idempotency_key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
