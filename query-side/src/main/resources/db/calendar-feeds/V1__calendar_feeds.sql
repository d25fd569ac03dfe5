-- Secret calendar feed URLs: only a SHA-256 of each secret is kept, so this table cannot hand out a working URL.
-- issued_to is the token subject that asked for it: the reader the access audit names for each fetch.
-- A person has at most one feed in force; rotating revokes it and issues another, revoking ends it. Revoked rows stay,
-- as the record of which feed was in force when.
create table calendar_feed (
    secret_sha256 bytea        primary key,
    owner_kind    varchar(16)  not null,
    owner_id      varchar(64)  not null,
    issued_to     varchar(255) not null,
    issued_at     timestamptz  not null,
    revoked_at    timestamptz
);

create unique index calendar_feed_in_force on calendar_feed (owner_kind, owner_id) where revoked_at is null;
