-- Portfolio- and register-scale test data (docs/performance.md). PostgreSQL only; set-based SQL
-- with generate_series and no row-by-row loops, so 10,000 use cases take seconds. Defines three functions:
--
--   select bench_generate_portfolio('bench', 10000, 6, 6);
--     run tag (letters and digits), use cases, milestones per use case, reports per use case: use cases with risk
--     tiers and priority scores, milestones and monthly status reports; every fourth use case lacks last month's
--     report (the dashboard's "without report" gap). What the roadmap's statement counts and PortfolioBenchmark use.
--
--   select bench_generate_register('bench', 10000, 6, 4, 12);
--     run tag, use cases, milestones per use case, dialogue items per use case (on average: the total is
--     use cases * items, shared out over the rounds), reports per use case. The whole register of the load test: the
--     rows above without the report gap (every use case reports every month, so the count is exact), plus
--     - Spezifikationsdialog: one round for each use case in the dialogue (OPEN: items PENDING, some QUESTION or
--       with an answered Rückfrage), in pilot, production or retired (COMPLETE: APPROVED, every fourth
--       APPROVED_WITH_CONDITIONS) and every second rejected one (REJECTED); items from the V8 catalogue, the two
--       assessment entries for high-risk use cases and KI-Hub's own items, with decisions and comment threads;
--     - publications (publication_snapshot) of about half the use cases in pilot or production and a third of the
--       retired ones, some in two versions, some with a withheld field;
--     - an Envers history: a revision per change and use_case_aud rows, 2-4 per use case (created as an idea under
--       a working title, then title, benefit, purpose and phase along its path up to the row as it is now), and
--       department_aud rows for the call's departments (the history shows a use case's department through them).
--     At these arguments (measured 2026-12-02, 2 cores, PostgreSQL 17.11): 10,000 use cases, 60,000 milestones,
--     120,000 status reports, 5,909 rounds, 40,000 dialogue items (4,970 of them pending for the Personalrat in open
--     rounds), 31,489 decisions, 12,943 comments, 2,788 publications of 2,182 use cases, 30,000 history revisions;
--     about 11 s with ANALYZE.
--
--   bench_portfolio_rows(...): the rows both share (internal).
--
-- Each call adds its own twelve departments and use cases KI-1999-<nnnnn> (numbered after the ones already
-- there), owned by the disabled user bench-owner; the register variant adds the disabled users bench-kihub,
-- bench-personalrat, bench-it and bench-verwaltung, whose names appear in history, decisions and threads. None of
-- them can log in: a load test uses the demo users (personalrat/demo decides the pending Personalrat items).
-- The functions write the tables directly, as a tool, bypassing the application: no events, no e-mails, no
-- assessments (use_case_risk_tier is the register's copy of the tier), and decisions carry a made-up content
-- version, so a material change of a generated use case sends its approvals back like any other. Revision numbers
-- come from the sequence, as Envers takes them. Run ANALYZE afterwards (PortfolioGenerator.generateRegister does).
--
-- Texts combine German word lists by the use case's number: a procedure per category (3 each) and a topic per
-- department (4 each), plus vendors, models, oversight, legal bases and report texts, so a full-text search for
-- "Wohngeld" or "Baugenehmigung" finds about one use case in 48 and one for "Chatbot" or "Übersetzung" about one
-- in 27 – about 210 and 370 at 10,000, never all or none.

create or replace function bench_portfolio_rows(p_run text, p_use_cases int, p_milestones int, p_reports int,
                                                p_report_gap boolean)
returns int language plpgsql as $body$
declare
    v_first int;
    v_departments uuid[];
    v_names text[] := array['Bürgerbüro', 'Sozialamt', 'Jugendamt', 'Stadtkämmerei', 'Tiefbauamt',
        'Amt für Umweltschutz', 'Amt für öffentliche Ordnung', 'Haupt- und Personalamt', 'Statistisches Amt',
        'Amt für Stadtplanung und Wohnen', 'Abteilung Kommunikation', 'Amt für Digitalisierung'];
    -- four topics per department (same order as v_names); each word appears in one list only, so searches for
    -- it hit one department's share
    v_topics text[] := array[
        ['Meldewesen', 'Personalausweis und Reisepass', 'Fundbüro', 'Führerscheinstelle'],
        ['Grundsicherung', 'Eingliederungshilfe', 'Bildung und Teilhabe', 'Hilfe zur Pflege'],
        ['Kita-Platzvergabe', 'Elterngeld', 'Unterhaltsvorschuss', 'Hilfen zur Erziehung'],
        ['Gewerbesteuer', 'Grundsteuer', 'Rechnungseingang', 'Haushaltsplanung'],
        ['Straßenschäden', 'Baustellenkoordination', 'Brückenprüfung', 'Winterdienst'],
        ['Luftreinhaltung', 'Lärmkartierung', 'Baumkataster', 'Gewässerschutz'],
        ['Ausländerbehörde', 'Gewerbeanmeldung', 'Parkraumüberwachung', 'Veranstaltungsgenehmigung'],
        ['Bewerbermanagement', 'Reisekostenabrechnung', 'Fortbildungsprogramm', 'Dienstvereinbarungen'],
        ['Bevölkerungsprognose', 'Bürgerumfrage', 'Wahlorganisation', 'Mietspiegel'],
        ['Wohngeld', 'Baugenehmigung', 'Bebauungsplan', 'Wohnberechtigungsschein'],
        ['Pressemitteilungen', 'Website stuttgart.de', 'Bürgeranfragen', 'Social Media'],
        ['IT-Servicedesk', 'Softwareentwicklung', 'E-Akte', 'Onlinezugangsgesetz']];
    -- three procedures per category, in the order of the category array below
    v_procedures text[] := array[
        ['Chatbot', 'Sprachassistent am Servicetelefon', 'Digitaler Auskunftsassistent'],
        ['Übersetzung', 'Leichte-Sprache-Assistent', 'Dolmetschunterstützung'],
        ['Transkription von Beratungsgesprächen', 'Sitzungsprotokolle', 'Diktaterkennung'],
        ['Automatische Antragsprüfung', 'Posteingangserkennung', 'Belegerfassung'],
        ['Semantische Dokumentensuche', 'Wissensdatenbank', 'Aktenrecherche'],
        ['Bedarfsprognose', 'Fallzahlprognose', 'Auslastungsvorhersage'],
        ['Programmierassistent', 'Testautomatisierung', 'Code-Review-Assistent'],
        ['Bildauswertung', 'Schadenserkennung per Foto', 'Luftbildanalyse'],
        ['Textvorschläge in Bescheiden', 'Terminvergabe', 'Beschwerdemanagement']];
    -- what the category does; %s is the topic. Avoids the procedure words, so they stay rare.
    v_summaries text[] := array[
        'Ein Dialogsystem beantwortet häufige Fragen zum Thema %s rund um die Uhr und übergibt schwierige Anliegen an die Sachbearbeitung.',
        'Schreiben und Informationen zum Thema %s werden maschinell in Fremdsprachen und in Leichte Sprache übertragen; Mitarbeitende prüfen jede Fassung.',
        'Gespräche und Sitzungen zum Thema %s werden automatisch verschriftlicht und zusammengefasst.',
        'Eingehende Anträge und Unterlagen zum Thema %s werden gelesen, die Angaben ausgelesen und auf Vollständigkeit geprüft.',
        'Mitarbeitende finden Vorschriften, Vorgänge und Musterschreiben zum Thema %s mit Fragen in natürlicher Sprache.',
        'Aus den Fallzahlen der letzten Jahre wird der Bedarf im Bereich %s für die kommenden Monate vorhergesagt.',
        'Die Entwicklerinnen und Entwickler der Fachverfahren für %s erhalten Vorschläge für Programmcode und Tests.',
        'Fotos und Luftbilder zum Thema %s werden ausgewertet; Auffälligkeiten werden markiert und zur Prüfung vorgelegt.',
        'Wiederkehrende Schreibarbeiten zum Thema %s werden durch Textvorschläge unterstützt.'];
    v_second text[] := array['Die Entscheidung bleibt bei den Mitarbeitenden.',
        'Personenbezogene Daten werden nur im Rahmen der Zweckbindung verarbeitet.',
        'Der Einsatz beginnt in einem Sachgebiet und wird nach der Auswertung ausgeweitet.',
        'Die Ergebnisse werden stichprobenartig von der Fachaufsicht geprüft.',
        'Das Verfahren ersetzt keine Ermessensentscheidung.'];
    v_purposes text[] := array['Bearbeitungszeiten im Bereich %s verkürzen und Rückstände abbauen.',
        'Bürgerinnen und Bürgern zum Thema %s schneller und verständlicher antworten.',
        'Fachkräfte im Bereich %s von Routinearbeit entlasten, damit mehr Zeit für Beratung bleibt.',
        'Erfassungsfehler im Bereich %s verringern und die Qualität der Bescheide erhöhen.',
        'Planungsgrundlagen für %s verbessern und Personal gezielter einsetzen.',
        'Barrieren abbauen und Informationen zum Thema %s für alle zugänglich machen.'];
    v_benefits text[] := array['Weniger Rückfragen und kürzere Durchlaufzeiten',
        'Rund ein Fünftel weniger manuelle Erfassung', 'Auskunft auch außerhalb der Öffnungszeiten',
        'Entlastung der Sachbearbeitung um mehrere Stellenanteile',
        'Bessere Datengrundlage für Entscheidungen des Gemeinderats',
        'Höhere Zufriedenheit der Bürgerinnen und Bürger', 'Einheitlichere Bearbeitung gleichartiger Fälle'];
    -- vendor and product; the last pair is an in-house build without a vendor
    v_vendors text[] := array[['Aleph Alpha GmbH', 'PhariaAI'], ['DeepL SE', 'DeepL Pro'],
        ['Komm.ONE', 'KI-Assistent BW'], ['Microsoft Deutschland GmbH', 'Azure OpenAI Service'],
        ['Dataport AöR', 'dataport.kai'], ['Land Baden-Württemberg', 'F13'], ['Mistral AI', 'Le Chat Enterprise'],
        ['SAP SE', 'SAP Business AI'], ['Materna SE', 'Virtueller Bürgerassistent'], [null, null]];
    v_models text[] := array[['Pharia-1-LLM', 'Aleph Alpha'], ['Llama 3.1 70B', 'Meta'],
        ['Mistral Large', 'Mistral AI'], ['GPT-4o', 'OpenAI']];
    v_oversight text[] := array['Jede Ausgabe wird von Mitarbeitenden geprüft.',
        'Die Sachbearbeitung prüft jeden Vorschlag vor dem Versand und kann ihn verwerfen.',
        'Stichproben von zehn Prozent der Fälle werden wöchentlich von der Fachaufsicht kontrolliert.',
        'Bürgerinnen und Bürger können jederzeit eine Mitarbeiterin oder einen Mitarbeiter verlangen.'];
    v_legal text[] := array['Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 4 LDSG',
        '§ 35a VwVfG ist nicht berührt: der Bescheid wird von Mitarbeitenden erlassen', null,
        'Art. 6 Abs. 1 lit. c DSGVO i. V. m. dem jeweiligen Fachgesetz', 'Dienstvereinbarung KI vom 1. März 2026'];
    v_report_summaries text[] := array[
        'Die Arbeiten liegen im Plan; die Abstimmung mit Fachamt und KI-Hub ist erfolgt.',
        'Die Testphase mit dem Sachgebiet läuft; erste Rückmeldungen sind überwiegend positiv.',
        'Die Schnittstelle zum Fachverfahren ist angebunden; die Datenqualität wird geprüft.',
        'Die Schulungen der Mitarbeitenden sind abgeschlossen; der Betrieb läuft stabil.',
        'Der Anbieter hat eine neue Version geliefert; die Abnahme steht aus.',
        'Die Auswertung der Pilotphase liegt vor und wird dem Lenkungskreis vorgestellt.'];
    v_risks text[] := array['Lieferverzug beim Anbieter.', 'Personalengpass im Fachamt während der Urlaubszeit.',
        'Die Datenschutz-Folgenabschätzung ist noch nicht abgeschlossen.',
        'Die Kosten für den Betrieb steigen mit der Nutzung stärker als geplant.'];
    v_next_steps text[] := array['Nächster Termin mit Personalrat und IT.', 'Abnahme der neuen Version.',
        'Auswertung der Nutzungszahlen und Bericht an den Lenkungskreis.',
        'Ausweitung auf ein weiteres Sachgebiet vorbereiten.', 'Schulung der neuen Mitarbeitenden.'];
begin
    insert into app_user (id, username, display_name, email, password, enabled, version, created_at, changed_at)
    values (gen_random_uuid(), 'bench-owner', 'Berta Benchmark', 'bench-owner@example.org', '{noop}-', false, 0,
            now(), now())
    on conflict (username) do nothing;

    -- Ordered by the number in the code, so department i is v_names[i] and its topics v_topics[i].
    with created as (
        insert into department (id, code, name, active, version)
        select gen_random_uuid(), 'B' || p_run || '-' || i, v_names[i] || ' (' || p_run || ')', true, 0
        from generate_series(1, 12) as i
        returning id, code)
    select array_agg(id order by substring(code from '[0-9]+$')::int) into v_departments from created;

    select coalesce(max(substring(reference from 9)::int), 0) into v_first
    from use_case where reference like 'KI-1999-%';

    -- n is the number within this call (1 … p_use_cases); the reference carries v_first + n. Registered up to
    -- about 2.5 years ago, last changed 2 to 61 days ago (the register variant writes the history in between).
    insert into use_case (id, reference, title, summary, purpose, expected_benefit, department_id, owner_username,
                          strategic_goal, category, phase, phase_before_deferral, horizon, vendor, product, hosting,
                          gpai_model_name, gpai_model_provider, personal_data, affected_groups, automation_level,
                          human_oversight, legal_basis, one_off_cost, yearly_cost, person_days,
                          hours_saved_per_year, version, created_at, created_by, changed_at, changed_by)
    select gen_random_uuid(), 'KI-1999-' || lpad((v_first + n)::text, 5, '0'),
           v_procedures[c][1 + (n / 9) % 3] || (array[' im Bereich ', ' für ', ' – '])[1 + (n / 7) % 3]
               || t.topic || ' (' || p_run || '-' || n || ')',
           format(v_summaries[c], t.topic) || ' ' || v_second[1 + n % 5],
           format(v_purposes[1 + (n / 5) % 6], t.topic),
           v_benefits[1 + n % 7],
           v_departments[d], 'bench-owner',
           (array['CITIZEN_SERVICES', 'EFFICIENCY', 'INFORMED_DECISIONS', 'SKILLS_AND_TRUST'])[1 + n % 4],
           (array['CHATBOT', 'TRANSLATION', 'TRANSCRIPTION', 'DOCUMENT_EXTRACTION', 'SEARCH', 'FORECASTING',
                  'CODE_ASSISTANT', 'IMAGE_VIDEO_ANALYSIS', 'OTHER'])[c],
           p.phase, case when p.phase = 'DEFERRED' then 'FEASIBILITY' end,
           (array['SHORT_TERM', 'MID_TERM', 'LONG_TERM'])[1 + n % 3],
           v_vendors[1 + n % 10][1], v_vendors[1 + n % 10][2],
           (array['OWN_DATA_CENTRE', 'MUNICIPAL_IT_PROVIDER', 'EU_CLOUD'])[1 + n % 3],
           case when n % 3 = 0 then v_models[1 + (n / 3) % 4][1] end,
           case when n % 3 = 0 then v_models[1 + (n / 3) % 4][2] end,
           (array['NONE', 'PERSONAL', 'SPECIAL_CATEGORIES'])[1 + n % 3],
           (array['CITIZENS', 'EMPLOYEES', 'CITIZENS,EMPLOYEES', 'BUSINESSES'])[1 + n % 4],
           (array['ASSISTIVE', 'HUMAN_REVIEWS_EVERY_OUTPUT'])[1 + n % 2],
           v_oversight[1 + (n / 2) % 4], v_legal[1 + (n / 4) % 5],
           (n * 7919 % 120000), 5000 + (n * 104729 % 90000), 10 + n % 200, (n * 7907 % 12000), 0,
           now() - make_interval(days => 60 + n * 37 % 900, hours => n % 9), 'bench-owner',
           now() - make_interval(days => 2 + n % 60, hours => n % 7), 'bench-kihub'
    from generate_series(1, p_use_cases) as n
    cross join lateral (select 1 + n % 9 as c, 1 + n % 12 as d) k
    cross join lateral (select v_topics[k.d][1 + (n / 12) % 4] as topic) t
    cross join lateral (select (array['IDEA', 'FEASIBILITY', 'FEASIBILITY', 'SPECIFICATION_DIALOGUE', 'PILOT',
                                      'PILOT', 'PRODUCTION', 'PRODUCTION', 'RETIRED', 'DEFERRED',
                                      'REJECTED'])[1 + n % 11] as phase) p;

    insert into use_case_risk_tier (use_case_reference, tier, stale, assessed_at)
    select reference,
           (array['MINIMAL_RISK', 'LIMITED_RISK', 'HIGH_RISK', 'HIGH_RISK_EXEMPT', 'NOT_AI'])[1 + n % 5],
           n % 13 = 0, now()
    from (select reference, substring(reference from 9)::int - v_first as n from use_case
          where reference like 'KI-1999-%' and substring(reference from 9)::int > v_first) u
    where n % 5 <> 0;

    insert into use_case_priority (use_case_reference, score, computed_at)
    select reference, (substring(reference from 9)::int - v_first) * 37 % 101, now()
    from use_case where reference like 'KI-1999-%' and substring(reference from 9)::int > v_first;

    -- Milestones and reports vary by the reference's number, as they did before the tiers above were made
    -- independent of earlier calls (the roadmap's tests rely on overdue, slipped and missing reports appearing).
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

    -- Monthly reports for the months before this one; with the gap every fourth use case lacks last month's.
    insert into status_report (id, use_case_reference, month, traffic_light, progress, summary, risks, next_steps,
                               reported_by, reported_at, version)
    select gen_random_uuid(), u.reference, (date_trunc('month', current_date) - make_interval(months => k))::date,
           (array['GREEN', 'GREEN', 'YELLOW', 'GREEN', 'RED'])[1 + (u.n + k) % 5], least(100, 10 * (p_reports - k + 1)),
           v_report_summaries[1 + (u.n + k) % 6],
           case when (u.n + k) % 5 = 4 then v_risks[1 + (u.n / 5 + k) % 4] end,
           v_next_steps[1 + (u.n + 2 * k) % 5], 'bench-owner',
           least(now(), date_trunc('month', current_date) - make_interval(months => k - 1, days => -(u.n % 5))), 0
    from (select reference, substring(reference from 9)::int as n from use_case
          where reference like 'KI-1999-%' and substring(reference from 9)::int > v_first) u
    cross join generate_series(1, p_reports) as k
    where not (p_report_gap and u.n % 4 = 0 and k = 1);

    return v_first;
end;
$body$;

create or replace function bench_generate_portfolio(p_run text, p_use_cases int, p_milestones int, p_reports int)
returns int language plpgsql as $body$
begin
    perform bench_portfolio_rows(p_run, p_use_cases, p_milestones, p_reports, true);
    return p_use_cases;
end;
$body$;

create or replace function bench_generate_register(p_run text, p_use_cases int, p_milestones int,
                                                   p_dialogue_items int, p_reports int)
returns int language plpgsql as $body$
declare
    v_first int;
    v_items bigint := p_use_cases::bigint * p_dialogue_items;
    v_seq text := pg_get_serial_sequence('revision', 'id');
    v_department_revision bigint;
begin
    v_first := bench_portfolio_rows(p_run, p_use_cases, p_milestones, p_reports, false);

    -- Disabled accounts (no login) for the names in history, dialogue and publications.
    insert into app_user (id, username, display_name, email, password, enabled, version, created_at, changed_at)
    select gen_random_uuid(), u.username, u.display_name, u.username || '@example.org', '{noop}-', false, 0, now(),
           now()
    from (values ('bench-kihub', 'Konrad Hub'), ('bench-personalrat', 'Petra Rat'),
                 ('bench-it', 'Ingo Technik'), ('bench-verwaltung', 'Vera Verwaltung')) u (username, display_name)
    on conflict (username) do nothing;
    insert into app_user_role (user_id, role)
    select a.id, r.role
    from (values ('bench-kihub', 'KI_HUB'), ('bench-personalrat', 'PERSONALRAT'), ('bench-it', 'IT'),
                 ('bench-verwaltung', 'VERWALTUNG'), ('bench-owner', 'PROJECT_OWNER')) r (username, role)
    join app_user a on a.username = r.username
    on conflict do nothing;

    drop table if exists pg_temp.bench_batch, pg_temp.bench_history, pg_temp.bench_round, pg_temp.bench_item,
        pg_temp.bench_template;

    -- This call's use cases; i is the number within the call, as n in bench_portfolio_rows.
    create temp table bench_batch on commit drop as
    select u.id, u.reference, substring(u.reference from 9)::int - v_first as i, u.phase, u.title,
           u.department_id, u.created_at, u.changed_at, t.tier,
           2 + (substring(u.reference from 9)::int - v_first) % 3 as steps,
           case u.phase
               when 'IDEA' then array['IDEA']
               when 'FEASIBILITY' then array['IDEA', 'FEASIBILITY']
               when 'SPECIFICATION_DIALOGUE' then array['IDEA', 'FEASIBILITY', 'SPECIFICATION_DIALOGUE']
               when 'PILOT' then array['IDEA', 'FEASIBILITY', 'SPECIFICATION_DIALOGUE', 'PILOT']
               when 'PRODUCTION' then array['IDEA', 'FEASIBILITY', 'SPECIFICATION_DIALOGUE', 'PILOT', 'PRODUCTION']
               when 'RETIRED' then array['IDEA', 'FEASIBILITY', 'SPECIFICATION_DIALOGUE', 'PILOT', 'PRODUCTION',
                                         'RETIRED']
               else array['IDEA', 'FEASIBILITY', u.phase]
           end as path
    from use_case u
    left join use_case_risk_tier t on t.use_case_reference = u.reference
    where u.reference like 'KI-1999-%' and substring(u.reference from 9)::int > v_first;

    ------------------------------------------------------------------------------------------------------------
    -- History (Envers): the departments' creation first, then 2-4 revisions per use case between its creation
    -- and its last change: created as an idea under a working title, the final title, the benefit, the final
    -- purpose, and the phase moving along its path so that the last revision is the row as it is now.
    ------------------------------------------------------------------------------------------------------------
    insert into revision (changed_at, username)
    values (now() - interval '1000 days', 'bench-kihub')
    returning id into v_department_revision;
    insert into department_aud (id, rev, revtype, code, name, active)
    select d.id, v_department_revision, 0, d.code, d.name, d.active
    from department d where d.id in (select department_id from bench_batch);

    -- Revision numbers from the sequence, as Envers takes them, in the order of time (the sorted subquery is
    -- numbered row by row), so each use case's revisions ascend with their dates.
    create temp table bench_history on commit drop as
    select nextval(v_seq) as rev, h.*
    from (select b.id, b.i, j, b.steps,
                 case when j = 1 then b.created_at
                      when j = b.steps then b.changed_at
                      else b.created_at + (b.changed_at - b.created_at) * ((j - 1)::float8 / (b.steps - 1))
                 end as changed,
                 b.path[1 + round((j - 1) * (cardinality(b.path) - 1)::numeric / (b.steps - 1))::int] as phase
          from bench_batch b
          cross join lateral generate_series(1, b.steps) as j
          order by changed, b.i, j) h;

    insert into revision (id, changed_at, username)
    select rev, changed, case when j = 1 then 'bench-owner' else 'bench-kihub' end from bench_history;

    insert into use_case_aud (id, rev, revtype, reference, title, summary, purpose, expected_benefit, department_id,
                              owner_username, strategic_goal, category, phase, phase_before_deferral, phase_note,
                              horizon, vendor, product, hosting, gpai_model_name, gpai_model_provider,
                              personal_data, affected_groups, automation_level, human_oversight, legal_basis,
                              one_off_cost, yearly_cost, person_days, hours_saved_per_year)
    select u.id, h.rev, case when h.j = 1 then 0 else 1 end, u.reference,
           -- the working title: procedure and topic without the connecting words
           case when h.j = 1 then regexp_replace(u.title, ' (im Bereich|für|–) ', ' ') else u.title end,
           u.summary,
           case when h.j = h.steps then u.purpose
                else 'Prüfen, ob KI die Sachbearbeitung entlasten kann.' end,
           case when h.j >= least(3, h.steps) then u.expected_benefit end,
           u.department_id, u.owner_username, u.strategic_goal, u.category, h.phase,
           case when h.j = h.steps then u.phase_before_deferral end, u.phase_note, u.horizon, u.vendor, u.product,
           u.hosting, u.gpai_model_name, u.gpai_model_provider, u.personal_data, u.affected_groups,
           u.automation_level, u.human_oversight, u.legal_basis, u.one_off_cost, u.yearly_cost, u.person_days,
           u.hours_saved_per_year
    from bench_history h join use_case u on u.id = h.id;

    ------------------------------------------------------------------------------------------------------------
    -- Spezifikationsdialog: one round per use case in the dialogue (open), in pilot, production or retired
    -- (complete) and for every second rejected one (rejected). The p_use_cases * p_dialogue_items items are shared
    -- out over the rounds by weight, an open round weighing three: open rounds carry about the whole catalogue, so
    -- the parties' inboxes are full (thousands of pending Personalrat items at 10,000 use cases).
    ------------------------------------------------------------------------------------------------------------
    create temp table bench_round on commit drop as
    with r as (
        select b.*, gen_random_uuid() as round_id,
               case b.phase when 'SPECIFICATION_DIALOGUE' then 'OPEN' when 'REJECTED' then 'REJECTED'
                            else 'COMPLETE' end as status,
               case when b.phase = 'SPECIFICATION_DIALOGUE' then 3 else 1 end as weight
        from bench_batch b
        where b.phase in ('SPECIFICATION_DIALOGUE', 'PILOT', 'PRODUCTION', 'RETIRED')
           or (b.phase = 'REJECTED' and b.i % 2 = 0)),
    c as (select r.*, sum(weight) over (order by i) as cum, sum(weight) over () as total from r)
    select c.*, v_items * cum / total - v_items * (cum - weight) / total as items,
           -- an open round started after the move into the dialogue; the others ran in the middle of the history
           case when status = 'OPEN' then changed_at + interval '2 hours'
                else created_at + (changed_at - created_at) * 0.4 end as started_at,
           case when status = 'OPEN' then null
                else created_at + (changed_at - created_at) * 0.6 end as closed_at,
           encode(sha256(convert_to(reference, 'UTF8')), 'hex') as content_version
    from c;
    delete from bench_round where items = 0;

    insert into dialogue_round (id, use_case_reference, number, status, started_by, started_at, closed_at, version)
    select round_id, reference, 1, status, 'bench-kihub', started_at, closed_at, 0 from bench_round;

    -- The catalogue of V8 (13 entries), the two entries the assessment requires of high-risk systems, and items
    -- KI-Hub adds; a round takes them in turn from an offset of its own.
    create temp table bench_template on commit drop as
    select v.idx, v.party, v.code, v.source, c.title, c.description from (values
        (1, 'PERSONALRAT', 'PR-MONITORING', 'CATALOGUE'), (2, 'PERSONALRAT', 'PR-WORKLOAD', 'CATALOGUE'),
        (3, 'PERSONALRAT', 'PR-LITERACY', 'CATALOGUE'), (4, 'PERSONALRAT', 'PR-PARTICIPATION', 'CATALOGUE'),
        (5, 'PERSONALRAT', 'PR-INFORMATION', 'CATALOGUE'), (6, 'IT', 'IT-SECURITY', 'CATALOGUE'),
        (7, 'IT', 'IT-DPIA', 'CATALOGUE'), (8, 'IT', 'IT-HOSTING', 'CATALOGUE'), (9, 'IT', 'IT-LOGGING', 'CATALOGUE'),
        (10, 'VERWALTUNG', 'VW-PURPOSE', 'CATALOGUE'), (11, 'VERWALTUNG', 'VW-LEGAL', 'CATALOGUE'),
        (12, 'VERWALTUNG', 'VW-OVERSIGHT', 'CATALOGUE'), (13, 'VERWALTUNG', 'VW-CLASSIFICATION', 'CATALOGUE'),
        (14, 'PERSONALRAT', 'PR-HIGH-RISK-26-7', 'ASSESSMENT'), (15, 'VERWALTUNG', 'VW-FRIA-27', 'ASSESSMENT'))
        v (idx, party, code, source)
    join dialogue_catalogue_item c using (code)
    union all
    select idx, party, null, 'KI_HUB', title, description
    from (values
        (16, 'PERSONALRAT', 'Schulungskonzept für das Sachgebiet',
         'Wie und wann werden die Mitarbeitenden des Sachgebiets geschult? Bitte Zeitplan und Umfang nennen.'),
        (17, 'IT', 'Schnittstelle zum Fachverfahren',
         'Die Anbindung an das bestehende Fachverfahren ist beschrieben und mit dem Betrieb abgestimmt.'),
        (18, 'VERWALTUNG', 'Barrierefreiheit der Ausgaben',
         'Ausgaben für Bürgerinnen und Bürger sind barrierefrei (BITV 2.0) und auch in Leichter Sprache verfügbar.'),
        (19, 'PERSONALRAT', 'Auswertung von Nutzungsprotokollen',
         'Werden Nutzungsdaten einzelnen Beschäftigten zugeordnet? Wer hat Zugriff auf die Protokolle?'),
        (20, 'IT', 'Löschkonzept für Ein- und Ausgaben',
         'Eingaben und Ausgaben werden nach Ablauf der Aufbewahrungsfrist gelöscht; das Löschkonzept liegt vor.'),
        (21, 'VERWALTUNG', 'Haushaltsmittel für den Betrieb',
         'Die laufenden Kosten sind im Haushalt des Fachamts eingeplant.'))
        k (idx, party, title, description);

    -- Item k of a round: template (k - 1 + offset) mod 21, so no catalogue code appears twice in a round; past 21
    -- items, and where an assessment entry does not apply (not high-risk), KI-Hub's own items. States: open rounds
    -- pending, some with a Rückfrage waiting for KI-Hub (QUESTION) or answered (pending again); complete rounds
    -- approved, every fourth with conditions; a rejected round has one rejected item.
    create temp table bench_item on commit drop as
    with picked as (
        select r.round_id, r.reference, r.i, r.status, r.started_at, r.closed_at, r.content_version, k,
               case when k > 21 then 16 + (k + r.i) % 6
                    when 1 + (k - 1 + r.i) % 21 in (14, 15) and r.tier is distinct from 'HIGH_RISK'
                        then 16 + (k + r.i) % 6
                    else 1 + (k - 1 + r.i) % 21 end as idx
        from bench_round r
        cross join lateral generate_series(1, r.items::int) as k),
    stated as (
        select p.*, t.party, t.code, t.title, t.description, t.source,
               case p.status
                   when 'OPEN' then case when (p.i + k) % 9 = 0 then 'QUESTION' else 'PENDING' end
                   when 'COMPLETE' then case when (p.i + k) % 4 = 0 then 'APPROVED_WITH_CONDITIONS'
                                             else 'APPROVED' end
                   else case when k = 1 then 'REJECTED' when k % 2 = 0 then 'APPROVED' else 'PENDING' end
               end as state,
               -- a Rückfrage asked (and, but for items still in QUESTION, answered) before the current state
               (p.status = 'OPEN' and (p.i + k) % 9 in (0, 4)) or (p.status = 'COMPLETE' and (p.i + k) % 7 = 0)
                   as asked,
               coalesce(p.closed_at, now()) as ended
        from picked p join bench_template t using (idx))
    select gen_random_uuid() as item_id, s.*,
           row_number() over (partition by s.round_id, s.party order by s.k) as position,
           s.started_at + (s.ended - s.started_at) * 0.2 as asked_at,
           s.started_at + (s.ended - s.started_at) * 0.4 as answered_at,
           s.started_at + (s.ended - s.started_at) * (0.5 + ((s.i + s.k) % 10) / 20.0) as decided_at
    from stated s;

    insert into dialogue_item (id, round_id, party, code, title, description, source, state, pending_since, stale,
                               position, version)
    select item_id, round_id, party, code, title, description, source, state,
           case when state = 'QUESTION' then asked_at when asked then answered_at else started_at end,
           false, position,
           (case when asked then 2 else 0 end) + (case when state in ('PENDING', 'QUESTION') then 0 else 1 end)
               - (case when state = 'QUESTION' then 1 else 0 end)
    from bench_item;

    insert into dialogue_decision (id, item_id, kind, text, decided_by, decided_at, content_version)
    select gen_random_uuid(), item_id, 'QUESTION',
           (array['Welche Tätigkeiten fallen im Sachgebiet konkret weg?',
                  'Werden die Protokolle personenbezogen ausgewertet?',
                  'Wo werden die Daten verarbeitet und wer hat Zugriff?',
                  'Auf welche Rechtsgrundlage stützt sich die Verarbeitung?'])[1 + (i + k) % 4],
           'bench-' || lower(party), asked_at, content_version
    from bench_item where asked
    union all
    select gen_random_uuid(), item_id,
           case state when 'APPROVED' then 'APPROVE' when 'APPROVED_WITH_CONDITIONS' then 'APPROVE_WITH_CONDITIONS'
                      else 'REJECT' end,
           case state
               when 'APPROVED' then null
               when 'APPROVED_WITH_CONDITIONS' then
                   (array['Zustimmung unter der Bedingung, dass die Beschäftigten vor dem Start geschult werden.',
                          'Zustimmung, sofern die Protokolle nach sechs Monaten gelöscht werden.',
                          'Zustimmung; nach sechs Monaten Betrieb ist dem Gremium zu berichten.'])[1 + (i + k) % 3]
               else 'Abgelehnt: Eine Leistungs- und Verhaltenskontrolle ist nicht ausgeschlossen.' end,
           'bench-' || lower(party), decided_at, content_version
    from bench_item where state in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED');

    insert into dialogue_comment (id, item_id, kind, author, text, link, created_at)
    select gen_random_uuid(), item_id, 'ANSWER', 'bench-kihub',
           (array['Es entfallen keine Stellen; die gewonnene Zeit fließt in die Beratung.',
                  'Nein, die Protokolle werden nur technisch und ohne Personenbezug ausgewertet.',
                  'Die Verarbeitung erfolgt im Rechenzentrum des kommunalen IT-Dienstleisters.',
                  'Siehe Datenschutz-Folgenabschätzung, Abschnitt 3.'])[1 + (i + k) % 4],
           case when (i + k) % 4 = 3 then 'https://intranet.example.org/dsfa/' || reference end, answered_at
    from bench_item where asked and state <> 'QUESTION'
    union all
    select gen_random_uuid(), item_id, 'COMMENT',
           case when (i + k) % 2 = 0 then 'bench-kihub' else 'bench-' || lower(party) end,
           (array['Die Unterlagen sind im Dokumentenmanagement abgelegt.',
                  'Bitte in der nächsten Sitzung kurz vorstellen.',
                  'Der Entwurf der Dienstvereinbarung liegt bei.'])[1 + (i + k) % 3],
           null, started_at + (ended - started_at) * 0.1
    from bench_item where (i + k) % 5 = 2;

    ------------------------------------------------------------------------------------------------------------
    -- Public register: use cases in pilot or production with a risk tier where i mod 3 <> 2 (about half of all
    -- in pilot or production: a fifth have no tier), plus a third of the retired ones (shown as out of use); every
    -- sixth was published twice. Content and withheld in the JSON shape of PublishedContent: enum names, ISO dates,
    -- withheld fields absent; the vendor of every fifth and the legal basis of every seventh withheld.
    ------------------------------------------------------------------------------------------------------------
    insert into publication_snapshot (id, use_case_reference, version, published_at, published_by, title, summary,
                                      department_code, department_name, strategic_goal, phase, tier, content,
                                      withheld)
    select gen_random_uuid(), u.reference, v.version,
           case when v.version = 1 and b.i % 6 = 0 then b.created_at + (b.changed_at - b.created_at) * 0.7
                else b.changed_at + interval '1 day' end,
           'bench-kihub', u.title, u.summary, d.code, d.name, u.strategic_goal, v.phase, b.tier,
           jsonb_strip_nulls(jsonb_build_object(
               'title', u.title, 'summary', u.summary, 'departmentCode', d.code, 'departmentName', d.name,
               'strategicGoal', u.strategic_goal, 'phase', v.phase, 'tier', b.tier,
               'registeredOn', (b.created_at at time zone 'Europe/Berlin')::date,
               'phaseSince', (coalesce(h.phase_since, b.changed_at) at time zone 'Europe/Berlin')::date,
               'inUseSince', (h.in_use_since at time zone 'Europe/Berlin')::date,
               'outOfUseSince', case when u.phase = 'RETIRED' then (b.changed_at at time zone 'Europe/Berlin')::date end,
               'purpose', u.purpose, 'expectedBenefit', u.expected_benefit, 'category', u.category,
               'automationLevel', u.automation_level, 'humanOversight', u.human_oversight,
               'personalData', u.personal_data,
               'affectedGroups', (select jsonb_agg(g order by g) from unnest(string_to_array(u.affected_groups, ',')) g),
               'vendor', case when b.i % 5 <> 1 then u.vendor end,
               'product', case when b.i % 5 <> 1 then u.product end,
               'aiModel', u.gpai_model_name, 'aiModelProvider', u.gpai_model_provider, 'hosting', u.hosting,
               'legalBasis', case when b.i % 7 <> 4 then u.legal_basis end,
               'obligationsMet', case b.tier
                   when 'HIGH_RISK' then jsonb_build_array(
                       jsonb_build_object('code', 'AI_LITERACY', 'article', 'Art. 4', 'title',
                           'KI-Kompetenz: Maßnahmen zur Förderung der KI-Kompetenz des Personals ergreifen und Schulungsnachweise führen'),
                       jsonb_build_object('code', 'HUMAN_OVERSIGHT', 'article', 'Art. 26(2)', 'title',
                           'Menschliche Aufsicht durch kompetente, geschulte und befugte Personen'),
                       jsonb_build_object('code', 'DPIA', 'article', 'Art. 35 DSGVO', 'title',
                           'Datenschutz-Folgenabschätzung durchführen; ergänzt die Grundrechte-Folgenabschätzung'))
                   -- the AI Act does not apply to a system that is no AI system
                   when 'NOT_AI' then '[]'::jsonb
                   else jsonb_build_array(jsonb_build_object('code', 'AI_LITERACY', 'article', 'Art. 4', 'title',
                       'KI-Kompetenz: Maßnahmen zur Förderung der KI-Kompetenz des Personals ergreifen und Schulungsnachweise führen'))
                   end)),
           jsonb_strip_nulls(jsonb_build_object(
               'LEGAL_BASIS', case when b.i % 7 = 4 then
                   'Die Rechtsgrundlage wird derzeit vom Rechtsamt geprüft und nach Abschluss der Prüfung genannt.' end,
               'VENDOR', case when b.i % 5 = 1 then
                   'Der Rahmenvertrag wird neu ausgeschrieben; der Anbieter wird nach dem Zuschlag genannt.' end))
    from bench_batch b
    join use_case u on u.id = b.id
    join department d on d.id = u.department_id
    cross join lateral (select min(changed) filter (where phase in ('PILOT', 'PRODUCTION')) as in_use_since,
                               min(changed) filter (where phase = u.phase) as phase_since
                        from bench_history where id = b.id) h
    cross join lateral (select 1 as version, case when b.i % 6 = 0 and u.phase = 'PRODUCTION' then 'PILOT'
                                                  else u.phase end as phase
                        union all
                        select 2, u.phase where b.i % 6 = 0) v
    where b.tier is not null
      and ((u.phase in ('PILOT', 'PRODUCTION') and b.i % 3 <> 2) or (u.phase = 'RETIRED' and b.i % 3 = 0));

    return p_use_cases;
end;
$body$;
