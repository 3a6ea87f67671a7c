-- Envers revision: one row per transaction that changed audited entities, with the acting user.
create table revision (
    id          bigserial   primary key,
    changed_at  timestamptz not null,
    username    text        not null
);
