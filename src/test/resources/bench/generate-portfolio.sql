-- Portfolio-scale test data (issue 5, docs/performance.md): use cases with risk tiers and priority scores,
-- milestones and monthly status reports, with German text. PostgreSQL only (generate_series).
-- Defines the function; call it with
--   select bench_generate_portfolio('bench', 10000, 6, 6);
-- = run tag (letters and digits), use cases, milestones per use case, reports per use case. Each call adds its own
-- twelve departments and use cases KI-1999-<n> (numbered after the ones already there); it writes the register's
-- and the roadmap's tables directly, as a tool, bypassing the application (no audit rows, no events).
create or replace function bench_generate_portfolio(p_run text, p_use_cases int, p_milestones int, p_reports int)
returns int language plpgsql as $body$
declare
    v_first int;
    v_departments uuid[];
    v_names text[] := array['Bürgerbüro', 'Sozialamt', 'Jugendamt', 'Stadtkämmerei', 'Tiefbauamt',
        'Amt für Umweltschutz', 'Amt für öffentliche Ordnung', 'Haupt- und Personalamt', 'Statistisches Amt',
        'Amt für Stadtplanung und Wohnen', 'Abteilung Kommunikation', 'Amt für Digitalisierung'];
begin
    insert into app_user (id, username, display_name, email, password, enabled, version, created_at, changed_at)
    values (gen_random_uuid(), 'bench-owner', 'Berta Benchmark', 'bench-owner@example.org', '{noop}-', false, 0,
            now(), now())
    on conflict (username) do nothing;

    with created as (
        insert into department (id, code, name, active, version)
        select gen_random_uuid(), 'B' || p_run || '-' || i, v_names[i] || ' (' || p_run || ')', true, 0
        from generate_series(1, 12) as i
        returning id)
    select array_agg(id) into v_departments from created;

    select coalesce(max(substring(reference from 9)::int), 0) into v_first
    from use_case where reference like 'KI-1999-%';

    insert into use_case (id, reference, title, summary, purpose, expected_benefit, department_id, owner_username,
                          strategic_goal, category, phase, horizon, hosting, personal_data, affected_groups,
                          automation_level, human_oversight, one_off_cost, yearly_cost, person_days,
                          hours_saved_per_year, version, created_at, created_by, changed_at, changed_by)
    select gen_random_uuid(), 'KI-1999-' || lpad((v_first + n)::text, 5, '0'),
           (array['KI-gestützte', 'Automatisierte', 'Intelligente', 'Digitale', 'Assistierte'])[1 + n % 5] || ' '
               || (array['Antragsprüfung', 'Bescheiderstellung', 'Posteingangsverteilung', 'Bürgerauskunft',
                         'Terminvergabe', 'Übersetzung', 'Sitzungsprotokolle', 'Bedarfsprognose',
                         'Schadenserkennung', 'Dokumentensuche'])[1 + n % 10] || ' ' || p_run || '-' || n,
           'Die Sachbearbeitung wird bei wiederkehrenden Aufgaben durch KI unterstützt; die Entscheidung bleibt beim Menschen.',
           'Bearbeitungszeiten verkürzen und Bürgerinnen und Bürgern schneller antworten.',
           'Weniger Rückfragen und kürzere Durchlaufzeiten',
           v_departments[1 + n % 12], 'bench-owner',
           (array['CITIZEN_SERVICES', 'EFFICIENCY', 'INFORMED_DECISIONS', 'SKILLS_AND_TRUST'])[1 + n % 4],
           (array['CHATBOT', 'TRANSLATION', 'TRANSCRIPTION', 'DOCUMENT_EXTRACTION', 'SEARCH', 'FORECASTING',
                  'CODE_ASSISTANT', 'IMAGE_VIDEO_ANALYSIS', 'OTHER'])[1 + n % 9],
           (array['IDEA', 'FEASIBILITY', 'FEASIBILITY', 'SPECIFICATION_DIALOGUE', 'PILOT', 'PILOT', 'PRODUCTION',
                  'PRODUCTION', 'RETIRED', 'DEFERRED', 'REJECTED'])[1 + n % 11],
           (array['SHORT_TERM', 'MID_TERM', 'LONG_TERM'])[1 + n % 3],
           (array['OWN_DATA_CENTRE', 'MUNICIPAL_IT_PROVIDER', 'EU_CLOUD'])[1 + n % 3],
           (array['NONE', 'PERSONAL', 'SPECIAL_CATEGORIES'])[1 + n % 3],
           (array['CITIZENS', 'EMPLOYEES', 'CITIZENS,EMPLOYEES', 'BUSINESSES'])[1 + n % 4],
           (array['ASSISTIVE', 'HUMAN_REVIEWS_EVERY_OUTPUT'])[1 + n % 2],
           'Jede Ausgabe wird von Mitarbeitenden geprüft.',
           (n * 7919 % 120000), 5000 + (n * 104729 % 90000), 10 + n % 200, (n * 7907 % 12000), 0,
           now(), 'bench', now(), 'bench'
    from generate_series(1, p_use_cases) as n;

    insert into use_case_risk_tier (use_case_reference, tier, stale, assessed_at)
    select reference,
           (array['MINIMAL_RISK', 'LIMITED_RISK', 'HIGH_RISK', 'HIGH_RISK_EXEMPT', 'NOT_AI'])[1 + n % 5],
           n % 13 = 0, now()
    from (select reference, substring(reference from 9)::int as n from use_case
          where reference like 'KI-1999-%' and substring(reference from 9)::int > v_first) u
    where n % 5 <> 0;

    insert into use_case_priority (use_case_reference, score, computed_at)
    select reference, substring(reference from 9)::int * 37 % 101, now()
    from use_case where reference like 'KI-1999-%' and substring(reference from 9)::int > v_first;

    -- Milestones spread from 18 months back to three years ahead; reached when well in the past, some slipped.
    insert into milestone (id, use_case_reference, type, name, planned_date, forecast_date, actual_date, status,
                           version, created_at, created_by, changed_at, changed_by)
    select gen_random_uuid(), u.reference,
           (array['FEASIBILITY_STUDY', 'DIALOGUE_COMPLETED', 'PILOT_START', 'PILOT_EVALUATION', 'TRAINING',
                  'PRODUCTION'])[1 + (k - 1) % 6],
           null, m.planned,
           case when m.done or (u.n + k) % 5 <> 0 then null else m.planned + 45 end,
           case when m.done then m.planned + (u.n % 20) end,
           case when m.done then 'DONE' when m.planned < current_date + 60 then 'IN_PROGRESS' else 'PLANNED' end,
           0, now(), 'bench', now(), 'bench'
    from (select reference, substring(reference from 9)::int as n from use_case
          where reference like 'KI-1999-%' and substring(reference from 9)::int > v_first) u
    cross join generate_series(1, p_milestones) as k
    cross join lateral (select current_date - 540 + (k * 200) + (u.n % 360) as planned,
                               current_date - 540 + (k * 200) + (u.n % 360) < current_date - 30
                                   and (u.n + k) % 7 <> 0 as done) m;

    -- Monthly reports for the months before this one; every fourth use case lacks last month's.
    insert into status_report (id, use_case_reference, month, traffic_light, progress, summary, risks, next_steps,
                               reported_by, reported_at, version)
    select gen_random_uuid(), u.reference, (date_trunc('month', current_date) - make_interval(months => k))::date,
           (array['GREEN', 'GREEN', 'YELLOW', 'GREEN', 'RED'])[1 + (u.n + k) % 5], least(100, 10 * (p_reports - k + 1)),
           'Die Arbeiten liegen im Plan; die Abstimmung mit Fachamt und KI-Hub ist erfolgt.',
           case when (u.n + k) % 5 = 4 then 'Lieferverzug beim Anbieter.' end,
           'Nächster Termin mit Personalrat und IT.', 'bench-owner', now(), 0
    from (select reference, substring(reference from 9)::int as n from use_case
          where reference like 'KI-1999-%' and substring(reference from 9)::int > v_first) u
    cross join generate_series(1, p_reports) as k
    where not (u.n % 4 = 0 and k = 1);

    return p_use_cases;
end;
$body$;
