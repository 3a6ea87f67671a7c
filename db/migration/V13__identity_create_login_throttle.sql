-- Failed logins per user name, so repeated guessing is stopped (issue 7). Kept in PostgreSQL, not in memory,
-- so that all instances behind the load balancer count together. Unknown user names are counted like known
-- ones: the lock message must not tell an attacker which names exist.
create table login_throttle (
    username         text        primary key,
    failures         integer     not null,
    -- start of the current counting window; failures older than the window no longer count
    first_failure_at timestamptz not null,
    -- no login attempt for this name is checked before this instant
    locked_until     timestamptz
);
