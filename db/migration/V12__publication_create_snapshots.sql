-- Public transparency register (issue 6). V11 is left to another branch.
--
-- A publication is an immutable snapshot of what KI-Hub chose to show of a use case, numbered per use case. Later
-- edits of the use case change nothing here until KI-Hub publishes a new version. A withdrawal is a record of its
-- own that takes the latest version off the public register; publishing again starts a new version. Rows of both
-- tables are only ever inserted. The public pages, exports and the feed read nothing but these two tables.
create table publication_snapshot (
    id                 uuid        primary key,
    use_case_reference text        not null references use_case (reference),
    -- 1, 2, 3 … per use case; the unique constraint lets only one of two simultaneous publications through
    version            int         not null check (version > 0),
    published_at       timestamptz not null,
    -- internal: the public never sees who published
    published_by       text        not null references app_user (username),
    -- copies of the always shown fields, for search, filters and sorting without reading the JSON
    title              text        not null,
    summary            text        not null,
    department_code    text        not null,
    department_name    text        not null,
    strategic_goal     text        not null,
    phase              text        not null,
    tier               text        not null,
    -- the shown fields as published (PublishedContent); a withheld field is absent
    content            jsonb       not null,
    -- withheld field name → the reason given for withholding it; shown publicly as "not published because …"
    withheld           jsonb       not null,
    -- German full-text search over the published text only (never the register's own columns)
    search_vector tsvector generated always as (
        setweight(to_tsvector('german', use_case_reference || ' ' || title), 'A') ||
        setweight(to_tsvector('german', summary || ' ' || coalesce(content ->> 'purpose', '')), 'B') ||
        setweight(to_tsvector('german', department_name || ' ' || coalesce(content ->> 'expectedBenefit', '') || ' '
                || coalesce(content ->> 'humanOversight', '') || ' ' || coalesce(content ->> 'vendor', '') || ' '
                || coalesce(content ->> 'product', '')), 'C')
    ) stored,
    unique (use_case_reference, version)
);
create index publication_snapshot_search_idx on publication_snapshot using gin (search_vector);
create index publication_snapshot_published_at_idx on publication_snapshot (published_at desc);

comment on table publication_snapshot is 'Immutable published versions of use cases for the public register (issue 6)';
comment on column publication_snapshot.content is 'Shown fields as published; withheld fields are absent';
comment on column publication_snapshot.withheld is 'Withheld field to the reason for withholding it (public)';
comment on column publication_snapshot.published_by is 'Username of the KI-Hub member; never shown publicly';

create table publication_withdrawal (
    id           uuid        primary key,
    -- the version taken off the register; each version can be withdrawn once
    snapshot_id  uuid        not null unique references publication_snapshot (id),
    withdrawn_at timestamptz not null,
    withdrawn_by text        not null references app_user (username),
    -- internal: why the entry was taken off; the public sees only the date
    reason       text        not null check (length(trim(reason)) > 0)
);

comment on table publication_withdrawal is 'Withdrawals of published versions from the public register (issue 6)';
comment on column publication_withdrawal.reason is 'Internal reason; the public sees only that and when';
