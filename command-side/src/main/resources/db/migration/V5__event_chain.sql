-- Tamper evidence (care.tandem.integrity): each event's hash, chained to the one before it in its stream and
-- written in the transaction that appends the event; and signed checkpoints of every stream's head. Rows here are
-- only ever inserted.

CREATE TABLE event_chain (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    hash                BYTEA        NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber)
);

CREATE TABLE event_chain_checkpoints (
    id         BIGSERIAL   PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    genesis    BOOLEAN     NOT NULL,
    streams    INTEGER     NOT NULL,
    root       BYTEA       NOT NULL,
    signature  BYTEA       NOT NULL
);

CREATE TABLE event_chain_checkpoint_heads (
    checkpoint_id       BIGINT       NOT NULL REFERENCES event_chain_checkpoints (id),
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    hash                BYTEA        NOT NULL,
    PRIMARY KEY (checkpoint_id, aggregateidentifier)
);
