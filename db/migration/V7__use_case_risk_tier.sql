-- The register's own copy of each use case's risk tier, for the list's column and filter (and later the public
-- register): the register must not read the classification module's tables, so classification writes the tier
-- here through the register's RiskTiers API in the same transaction as the assessment (ADR-012).
-- No row = not yet classified.
create table use_case_risk_tier (
    use_case_reference text        primary key references use_case (reference),
    tier               text        not null,
    -- the current assessment was made before a material change and must be redone (product.md §5 rule 1)
    stale              boolean     not null,
    assessed_at        timestamptz not null
);
create index use_case_risk_tier_tier_idx on use_case_risk_tier (tier);

-- Databases that already hold assessments (a developer's ./data/postgres) start with their current tiers.
insert into use_case_risk_tier (use_case_reference, tier, stale, assessed_at)
select use_case_reference, outcome, stale_since is not null, assessed_at
from assessment
where superseded_at is null;
