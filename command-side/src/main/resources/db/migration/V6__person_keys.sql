-- One key per person for their personal text (care.tandem.integrity.PersonKeys): an AES-256-GCM Tink keyset wrapped
-- by the master key, which is not in the database. Shredding a person sets their keyset to null for good and records
-- when, why and by whom.

CREATE TABLE person_keys (
    subject      VARCHAR(255) PRIMARY KEY,
    keyset       BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL,
    shredded_at  TIMESTAMPTZ,
    shred_reason VARCHAR(500),
    shredded_by  VARCHAR(255)
);
