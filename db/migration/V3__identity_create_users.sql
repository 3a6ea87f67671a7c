create table app_user (
    id           uuid        primary key,
    username     text        not null unique,
    display_name text        not null,
    email        text        not null,
    password     text        not null,
    enabled      boolean     not null,
    version      bigint      not null,
    created_at   timestamptz not null,
    changed_at   timestamptz not null
);

create table app_user_role (
    user_id uuid not null references app_user (id) on delete cascade,
    role    text not null,
    primary key (user_id, role)
);

create table app_user_aud (
    id           uuid    not null,
    rev          bigint  not null references revision (id),
    revtype      smallint,
    username     text,
    display_name text,
    email        text,
    enabled      boolean,
    primary key (id, rev)
);

create table app_user_role_aud (
    rev     bigint   not null references revision (id),
    revtype smallint,
    user_id uuid     not null,
    role    text     not null,
    primary key (rev, user_id, role)
);
