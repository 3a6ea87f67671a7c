-- How far the city is with each obligation of a use case (offen / erledigt / nicht anwendbar). Keyed by the
-- obligation code, so the status survives a re-assessment that derives the same obligation again.
create table obligation_status (
    id                 uuid        primary key,
    use_case_reference text        not null references use_case (reference),
    obligation_code    text        not null,
    status             text        not null,
    reason             text,
    evidence           text,
    due_date           date,
    changed_by         text        not null,
    changed_at         timestamptz not null,
    version            bigint      not null,
    constraint obligation_status_unique unique (use_case_reference, obligation_code),
    constraint obligation_status_reason check (status <> 'NOT_APPLICABLE' or reason is not null)
);

create table obligation_status_aud (
    id                 uuid     not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    use_case_reference text,
    obligation_code    text,
    status             text,
    reason             text,
    evidence           text,
    due_date           date,
    changed_by         text,
    primary key (id, rev)
);
