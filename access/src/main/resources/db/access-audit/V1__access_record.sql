-- The access audit: one row per read of a person's record and per refused request. Append-only, enforced here and
-- not only in the code: no update ever, no delete of a row younger than six years (HIPAA 164.316(b)(2)), no truncate.
create table access_record (
    id                     bigserial    primary key,
    occurred_at            timestamptz  not null,
    service                varchar(32)  not null,
    subject                varchar(255),
    roles                  varchar(255),
    client_id              varchar(255),
    purpose                varchar(32)  not null,
    method                 varchar(10)  not null,
    endpoint               varchar(300) not null,
    plan_id                varchar(64),
    person_ids             text[]       not null default '{}',
    outcome                varchar(32)  not null,
    status                 smallint     not null,
    break_the_glass_reason varchar(40),
    correlation_id         varchar(100)
);

create index access_record_plan on access_record (plan_id, occurred_at);
create index access_record_subject on access_record (subject, occurred_at);
create index access_record_occurred on access_record (occurred_at);
create index access_record_persons on access_record using gin (person_ids);
create index access_record_break_the_glass on access_record (occurred_at) where outcome = 'BREAK_THE_GLASS';

create function refuse_access_record_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.occurred_at < now() - interval '6 years' then
        return old;
    end if;
    raise exception 'the access audit is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger access_record_append_only before update or delete on access_record
    for each row execute function refuse_access_record_change();

create function refuse_access_record_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'the access audit is append-only: TRUNCATE refused' using errcode = 'insufficient_privilege';
end;
$$;

create trigger access_record_no_truncate before truncate on access_record
    for each statement execute function refuse_access_record_truncate();
