-- Spezifikationsdialog (product.md §3): review rounds of a use case with items (Prüfpunkte) per party, their
-- decisions and comment threads. Decisions and comments are append-only (product.md §5 rule 7); an item's state
-- and a round's status are the current summary of them.

-- The standard catalogue the items of a new round are created from; ADMIN keeps it (German defaults below).
create table dialogue_catalogue_item (
    id          uuid    primary key,
    party       text    not null,
    code        text    not null unique,
    title       text    not null,
    description text    not null,
    position    integer not null,
    active      boolean not null,
    -- an obligation code of the classification catalogue: the entry applies only when the use case's current
    -- assessment derives that obligation (rule 5: Art. 26(7) at the workplace; Art. 27 FRIA); null = always
    required_by text,
    version     bigint  not null
);

insert into dialogue_catalogue_item (id, party, code, title, description, position, active, version) values
('6a1c2f10-0000-4000-8000-000000000001', 'PERSONALRAT', 'PR-MONITORING',
 'Keine Leistungs- oder Verhaltenskontrolle',
 'Das System dient nicht der Überwachung von Leistung oder Verhalten der Beschäftigten; Protokolle werden dafür nicht ausgewertet.', 1, true, 0),
('6a1c2f10-0000-4000-8000-000000000002', 'PERSONALRAT', 'PR-WORKLOAD',
 'Auswirkungen auf Arbeitsplätze und Arbeitsbelastung',
 'Welche Tätigkeiten ändern sich, fallen weg oder kommen hinzu? Wie entwickelt sich die Arbeitsbelastung?', 2, true, 0),
('6a1c2f10-0000-4000-8000-000000000003', 'PERSONALRAT', 'PR-LITERACY',
 'Qualifizierung und KI-Kompetenz (Art. 4 KI-VO)',
 'Die Beschäftigten werden vor dem Einsatz geschult und kennen Grenzen und Risiken des Systems.', 3, true, 0),
('6a1c2f10-0000-4000-8000-000000000004', 'PERSONALRAT', 'PR-PARTICIPATION',
 'Beteiligung der Beschäftigten',
 'Die betroffenen Beschäftigten wurden einbezogen und können Rückmeldungen geben.', 4, true, 0),
('6a1c2f10-0000-4000-8000-000000000005', 'PERSONALRAT', 'PR-INFORMATION',
 'Information nach Art. 26 Abs. 7 KI-VO',
 'Beschäftigtenvertretung und betroffene Beschäftigte werden vor der Inbetriebnahme informiert.', 5, true, 0),
('6a1c2f10-0000-4000-8000-000000000011', 'IT', 'IT-SECURITY',
 'Sicherheitskonzept',
 'Ein Sicherheitskonzept liegt vor (Schutzbedarf, Zugriffe, Schnittstellen, Notfallbetrieb).', 1, true, 0),
('6a1c2f10-0000-4000-8000-000000000012', 'IT', 'IT-DPIA',
 'Datenschutz-Folgenabschätzung',
 'Die Datenschutz-Folgenabschätzung (Art. 35 DSGVO) ist durchgeführt oder begründet nicht erforderlich.', 2, true, 0),
('6a1c2f10-0000-4000-8000-000000000013', 'IT', 'IT-HOSTING',
 'Hosting und digitale Souveränität',
 'Betriebsort, Anbieterabhängigkeit und Ausstiegsmöglichkeiten sind bewertet.', 3, true, 0),
('6a1c2f10-0000-4000-8000-000000000014', 'IT', 'IT-LOGGING',
 'Protokollierung (Art. 26 Abs. 6 KI-VO)',
 'Automatisch erzeugte Protokolle werden mindestens sechs Monate aufbewahrt, soweit sie unter der Kontrolle der Stadt stehen.', 4, true, 0),
('6a1c2f10-0000-4000-8000-000000000021', 'VERWALTUNG', 'VW-PURPOSE',
 'Zweck und wirtschaftlicher Nutzen',
 'Zweck, erwarteter Nutzen und Kosten sind beschrieben und plausibel.', 1, true, 0),
('6a1c2f10-0000-4000-8000-000000000022', 'VERWALTUNG', 'VW-LEGAL',
 'Rechtsgrundlage',
 'Die Rechtsgrundlage der Verarbeitung und des Einsatzes ist benannt.', 2, true, 0),
('6a1c2f10-0000-4000-8000-000000000023', 'VERWALTUNG', 'VW-OVERSIGHT',
 'Menschliche Aufsicht, keine autonomen Entscheidungen',
 'Menschen prüfen die Ergebnisse; das System entscheidet nicht selbst über Anliegen von Bürgerinnen, Bürgern oder Beschäftigten.', 3, true, 0),
('6a1c2f10-0000-4000-8000-000000000024', 'VERWALTUNG', 'VW-CLASSIFICATION',
 'Risikoeinstufung bestätigt',
 'Die Einstufung nach der KI-Verordnung ist nachvollziehbar und aktuell.', 4, true, 0);

insert into dialogue_catalogue_item (id, party, code, title, description, position, active, required_by, version) values
('6a1c2f10-0000-4000-8000-000000000031', 'PERSONALRAT', 'PR-HIGH-RISK-26-7',
 'Hochrisiko-KI am Arbeitsplatz: Unterrichtung nach Art. 26 Abs. 7 KI-VO',
 'Das System ist als Hochrisiko-KI eingestuft und betrifft Beschäftigte. Vor der Inbetriebnahme sind Beschäftigtenvertretung und betroffene Beschäftigte zu unterrichten; die Mitbestimmung nach dem Landespersonalvertretungsgesetz bleibt unberührt.',
 6, true, 'INFORM_WORKERS', 0),
('6a1c2f10-0000-4000-8000-000000000032', 'VERWALTUNG', 'VW-FRIA-27',
 'Grundrechte-Folgenabschätzung (Art. 27 KI-VO)',
 'Vor der ersten Verwendung ist die Grundrechte-Folgenabschätzung durchzuführen und ihr Ergebnis der Marktüberwachungsbehörde mitzuteilen.',
 5, true, 'FRIA', 0);

create table dialogue_round (
    id                 uuid        primary key,
    use_case_reference text        not null references use_case (reference),
    number             integer     not null,
    status             text        not null,
    started_by         text        not null,
    started_at         timestamptz not null,
    closed_at          timestamptz,
    version            bigint      not null,
    unique (use_case_reference, number)
);
-- One round at a time: a new round only after the previous one was rejected.
create unique index dialogue_round_one_active_idx on dialogue_round (use_case_reference)
    where status <> 'REJECTED';

create table dialogue_item (
    id            uuid        primary key,
    round_id      uuid        not null references dialogue_round (id),
    party         text        not null,
    code          text,
    title         text        not null,
    description   text,
    source        text        not null,
    state         text        not null,
    -- since when the item waits for its party (the inbox shows the age) or for KI-Hub (Rückfrage)
    pending_since timestamptz not null,
    -- decided on an earlier content version of the use case: back with the party for confirmation
    stale         boolean     not null,
    position      integer     not null,
    version       bigint      not null
);
create index dialogue_item_round_idx on dialogue_item (round_id);
create index dialogue_item_inbox_idx on dialogue_item (party, state, pending_since);

create table dialogue_decision (
    id              uuid        primary key,
    item_id         uuid        not null references dialogue_item (id),
    kind            text        not null,
    text            text,
    decided_by      text        not null,
    decided_at      timestamptz not null,
    -- SHA-256 over the use case's material fields and its current assessment when the decision was made
    content_version text        not null
);
create index dialogue_decision_item_idx on dialogue_decision (item_id, decided_at);

create table dialogue_comment (
    id         uuid        primary key,
    item_id    uuid        not null references dialogue_item (id),
    kind       text        not null,
    author     text        not null,
    text       text        not null,
    link       text,
    created_at timestamptz not null
);
create index dialogue_comment_item_idx on dialogue_comment (item_id, created_at);
