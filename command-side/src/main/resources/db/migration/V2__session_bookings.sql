-- Who is booked when, across every plan: the command side's consistent lookup for "no double booking".
-- Rows change in the same transaction as the plan's events, so a refused command leaves no booking and a
-- stored session always has its booking. The exclusion constraint is the arbiter when two clinicians
-- book the same person at once: PostgreSQL lets exactly one of the overlapping rows in.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE session_booking (
    plan_id     VARCHAR(64)  NOT NULL,
    session_id  VARCHAR(64)  NOT NULL,
    -- 'participant:<id>' or 'clinician:<id>': one namespace for everyone who can be booked.
    booked      VARCHAR(80)  NOT NULL,
    period      TSTZRANGE    NOT NULL,
    PRIMARY KEY (plan_id, session_id, booked),
    -- The same session id in several plans is one multi-family group session, not a double booking.
    EXCLUDE USING gist (booked WITH =, period WITH &&, session_id WITH <>)
);
