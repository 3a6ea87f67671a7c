create table department (
    id           uuid        primary key,
    code         text        not null unique,
    name         text        not null,
    active       boolean     not null,
    version      bigint      not null
);

create table department_aud (
    id      uuid    not null,
    rev     bigint  not null references revision (id),
    revtype smallint,
    code    text,
    name    text,
    active  boolean,
    primary key (id, rev)
);

-- Reference codes KI-<year>-<nnn>: one counter per year, only ever incremented, so a code is never reused.
create table reference_counter (
    year       int primary key,
    last_value int not null
);

create table use_case (
    id                    uuid          primary key,
    reference             text          not null unique,
    title                 text          not null,
    summary               text          not null,
    purpose               text          not null,
    expected_benefit      text,
    department_id         uuid          not null references department (id),
    owner_username        text          not null references app_user (username),
    strategic_goal        text          not null,
    category              text          not null,
    phase                 text          not null,
    phase_before_deferral text,
    phase_note            text,
    horizon               text          not null,
    vendor                text,
    product               text,
    hosting               text          not null,
    gpai_model_name       text,
    gpai_model_provider   text,
    personal_data         text          not null,
    affected_groups       text          not null,
    automation_level      text          not null,
    human_oversight       text,
    legal_basis           text,
    one_off_cost          numeric(14, 2),
    yearly_cost           numeric(14, 2),
    person_days           int,
    hours_saved_per_year  int,
    version               bigint        not null,
    created_at            timestamptz   not null,
    created_by            text          not null,
    changed_at            timestamptz   not null,
    changed_by            text          not null,
    -- German full-text search over the descriptive fields; weights rank title hits first.
    search_vector tsvector generated always as (
        setweight(to_tsvector('german', coalesce(reference, '') || ' ' || coalesce(title, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(summary, '') || ' ' || coalesce(purpose, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(expected_benefit, '') || ' ' || coalesce(vendor, '') || ' ' ||
                                        coalesce(product, '') || ' ' || coalesce(gpai_model_name, '')), 'C')
    ) stored
);
create index use_case_search_idx on use_case using gin (search_vector);
create index use_case_department_idx on use_case (department_id);
create index use_case_phase_idx on use_case (phase);
create index use_case_owner_idx on use_case (owner_username);

create table use_case_aud (
    id                    uuid     not null,
    rev                   bigint   not null references revision (id),
    revtype               smallint,
    reference             text,
    title                 text,
    summary               text,
    purpose               text,
    expected_benefit      text,
    department_id         uuid,
    owner_username        text,
    strategic_goal        text,
    category              text,
    phase                 text,
    phase_before_deferral text,
    phase_note            text,
    horizon               text,
    vendor                text,
    product               text,
    hosting               text,
    gpai_model_name       text,
    gpai_model_provider   text,
    personal_data         text,
    affected_groups       text,
    automation_level      text,
    human_oversight       text,
    legal_basis           text,
    one_off_cost          numeric(14, 2),
    yearly_cost           numeric(14, 2),
    person_days           int,
    hours_saved_per_year  int,
    primary key (id, rev)
);
