-- Roadmap and portfolio (issue 5, ADR-016): milestones and monthly status reports per use case, the prioritisation
-- (ratings per use case, weights kept by ADMIN) and the register's copy of the resulting priority score.
-- The roadmap bar of a use case runs from its earliest milestone to its Produktivsetzung milestone: no new date
-- columns on use_case.

-- The register's own copy of each use case's priority score (0–100), for the register list's sort (like
-- use_case_risk_tier, ADR-012): the roadmap module computes the score and writes it through the register's
-- PriorityScores port. No row = not scored yet.
create table use_case_priority (
    use_case_reference text        primary key references use_case (reference),
    score              smallint    not null check (score between 0 and 100),
    computed_at        timestamptz not null
);
create index use_case_priority_score_idx on use_case_priority (score);

-- Milestones (product.md §3): planned date is the baseline, the forecast the current expectation, the actual date
-- when it was reached. Slipped = forecast (or actual) after planned; overdue = open and expected before today.
create table milestone (
    id                 uuid        primary key,
    use_case_reference text        not null references use_case (reference),
    type               text        not null,
    -- the name of a custom milestone; null for the standard types (their names come from the message bundle)
    name               text,
    planned_date       date        not null,
    forecast_date      date,
    actual_date        date,
    status             text        not null,
    note               text,
    version            bigint      not null,
    created_at         timestamptz not null,
    created_by         text        not null,
    changed_at         timestamptz not null,
    changed_by         text        not null,
    check (type <> 'CUSTOM' or name is not null),
    check (status <> 'DONE' or actual_date is not null)
);
-- The roadmap loads the milestones of one page of use cases; the tab those of one use case.
create index milestone_use_case_idx on milestone (use_case_reference, planned_date);
-- Start page and dashboard: open milestones by their expected date (overdue = expected before today).
create index milestone_open_expected_idx on milestone ((coalesce(forecast_date, planned_date)))
    where status in ('PLANNED', 'IN_PROGRESS');

create table milestone_aud (
    id                 uuid     not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    use_case_reference text,
    type               text,
    name               text,
    planned_date       date,
    forecast_date      date,
    actual_date        date,
    status             text,
    note               text,
    primary key (id, rev)
);

-- Monthly PPM status reports. One current report per use case and month; a correction is a new record and the
-- corrected one is marked superseded (append-only, product.md §5 rule 7).
create table status_report (
    id                 uuid        primary key,
    use_case_reference text        not null references use_case (reference),
    -- the first day of the reported month
    month              date        not null check (extract(day from month) = 1),
    traffic_light      text        not null,
    progress           int         not null check (progress between 0 and 100),
    summary            text        not null,
    risks              text,
    next_steps         text,
    reported_by        text        not null,
    reported_at        timestamptz not null,
    corrects           uuid        references status_report (id),
    superseded_at      timestamptz,
    version            bigint      not null
);
create unique index status_report_current_idx on status_report (use_case_reference, month)
    where superseded_at is null;
-- The dashboard and the start page read the latest current report per use case.
create index status_report_latest_idx on status_report (use_case_reference, month desc)
    where superseded_at is null;

create table status_report_aud (
    id                 uuid     not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    use_case_reference text,
    month              date,
    traffic_light      text,
    progress           int     ,
    summary            text,
    risks              text,
    next_steps         text,
    reported_by        text,
    reported_at        timestamptz,
    corrects           uuid,
    superseded_at      timestamptz,
    primary key (id, rev)
);

-- Prioritisation: KI-Hub's judgement of the two criteria no fact of the register gives (1 = low … 5 = high).
-- Benefit, effort and risk come from the use case's own facts; no row = both judged "3".
create table priority_rating (
    use_case_reference text        primary key references use_case (reference),
    strategic_fit      int         not null check (strategic_fit between 1 and 5),
    reuse_potential    int         not null check (reuse_potential between 1 and 5),
    version            bigint      not null,
    changed_at         timestamptz not null,
    changed_by         text        not null
);

create table priority_rating_aud (
    use_case_reference text     not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    strategic_fit      int     ,
    reuse_potential    int     ,
    primary key (use_case_reference, rev)
);

-- The weights of the five criteria, kept by ADMIN: exactly one row.
create table priority_weights (
    id              smallint    primary key check (id = 1),
    strategic_fit   int         not null check (strategic_fit between 0 and 10),
    benefit         int         not null check (benefit between 0 and 10),
    effort          int         not null check (effort between 0 and 10),
    risk            int         not null check (risk between 0 and 10),
    reuse_potential int         not null check (reuse_potential between 0 and 10),
    version         bigint      not null,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    check (strategic_fit + benefit + effort + risk + reuse_potential > 0)
);
insert into priority_weights (id, strategic_fit, benefit, effort, risk, reuse_potential, version, changed_at,
                              changed_by)
values (1, 3, 3, 2, 1, 1, 0, now(), 'system');

create table priority_weights_aud (
    id              smallint not null,
    rev             bigint   not null references revision (id),
    revtype         smallint,
    strategic_fit   int     ,
    benefit         int     ,
    effort          int     ,
    risk            int     ,
    reuse_potential int     ,
    primary key (id, rev)
);
