-- Indexes for the CAIO's portfolio dashboard at portfolio scale (issue 7, docs/performance.md: the unfiltered
-- dashboard missed its p95 target under load). Each serves one of its statements from a narrow index instead of
-- the wide table rows.

-- register: the counts and sums per phase, tier and goal read every use case. The table's rows are wide (texts
-- and the search vector), and reading phase, goal and costs out of them took half the statement; this index holds
-- what the groups and the list filters other than the full-text search need, so the database answers from it
-- alone (index-only scan).
create index use_case_portfolio_idx on use_case (phase, strategic_goal)
    include (reference, department_id, horizon, category, owner_username, hours_saved_per_year, one_off_cost,
             yearly_cost);

-- roadmap: slipped milestones (expected = actual, else forecast, else planned; later than planned; not
-- cancelled), exactly as ProgressQueries.milestoneTotals counts them. About a third of all milestones.
create index milestone_slipped_idx on milestone (use_case_reference)
    where status <> 'CANCELLED' and coalesce(actual_date, forecast_date, planned_date) > planned_date;

-- roadmap: the current reports from a month on, with their traffic light: the month-due state of the running
-- projects is one range of this index (the reports of the month due and later) instead of a probe per project.
create index status_report_month_idx on status_report (month) include (use_case_reference, traffic_light)
    where superseded_at is null;
