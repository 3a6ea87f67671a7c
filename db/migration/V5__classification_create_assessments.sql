-- Risk assessments (Risikoeinstufungen) of use cases under the EU AI Act. Append-only (product.md §5 rule 7):
-- answers, rationales and the evaluation result never change after insert; only the markers superseded_* (a newer
-- assessment was saved) and stale_* (the use case changed materially) are set later.
create table assessment (
    id                 uuid         primary key,
    use_case_reference text         not null references use_case (reference),
    catalogue_version  text         not null,
    -- question id -> answer (true/false, "unsure", an Annex III point or "none")
    answers            jsonb        not null,
    -- question id -> free-text rationale
    rationales         jsonb        not null,
    outcome            text         not null,
    -- the full evaluation result as computed with catalogue_version (obligations with their dates)
    result             jsonb        not null,
    assessed_by        text         not null,
    assessed_at        timestamptz  not null,
    superseded_at      timestamptz,
    -- Checked at commit: the old assessment is marked before the newer one is inserted (see the unique index).
    superseded_by      uuid         references assessment (id) deferrable initially deferred,
    stale_since        timestamptz,
    stale_fields       text,
    version            bigint       not null,
    constraint assessment_superseded_consistent
        check ((superseded_at is null) = (superseded_by is null)),
    constraint assessment_stale_consistent
        check ((stale_since is null) = (stale_fields is null))
);
create index assessment_use_case_idx on assessment (use_case_reference, assessed_at);
-- At most one current (not superseded) assessment per use case, also under concurrent saves.
create unique index assessment_one_current_idx on assessment (use_case_reference) where superseded_at is null;
