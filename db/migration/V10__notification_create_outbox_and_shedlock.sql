-- Notifications (issue 4): every e-mail the application writes, whether or not an SMTP server is configured, and
-- the lock that lets only one of several instances run the daily reminder. V9 is left to another branch.

-- The outbox: one row per message and recipient. Without an SMTP server this is where the messages stay, shown to
-- ADMIN on /admin/outbox; with one it is the record of what was sent when. Rows are never deleted by the
-- application.
create table outbox_message (
    id                 uuid        primary key,
    -- username and address as they were when the message was written; a later change of the user does not
    -- rewrite what was sent
    recipient_username text        not null,
    recipient_email    text        not null,
    subject            text        not null,
    body               text        not null,
    kind               text        not null check (kind in ('PENDING_ITEMS', 'REMINDER')),
    -- the party (Verwaltung, Personalrat, IT) whose items the message is about; the reminder looks here so that a
    -- member gets one digest per party and day, even when the job runs twice
    party              text        not null check (party in ('VERWALTUNG', 'PERSONALRAT', 'IT')),
    created_at         timestamptz not null,
    -- when the SMTP server accepted the message; null while it was not sent
    sent_at            timestamptz,
    status             text        not null check (status in ('SENT', 'NOT_SENT_NO_SMTP', 'FAILED')),
    -- why sending failed, as a short exception class name: never a stack trace or a server reply, which may
    -- quote the address
    error              text,
    check ((status = 'SENT') = (sent_at is not null)),
    check ((status = 'FAILED') = (error is not null))
);

-- The admin page lists the newest first.
create index outbox_message_created_at_idx on outbox_message (created_at desc, id desc);

-- The reminder asks whether a member already got today's digest for a party.
create index outbox_message_reminded_idx on outbox_message (recipient_username, party, created_at)
    where kind = 'REMINDER';

-- ShedLock's JdbcTemplateLockProvider: one row per lock name, created on the first lock. With usingDbTime() ShedLock
-- writes and compares UTC wall-clock values (timezone('utc', current_timestamp)), i.e. timestamps WITHOUT time
-- zone. A timestamptz column would read those values in each connection's session time zone, so two instances
-- with different JVM time zones would disagree whether a lock has expired (SchedulerLockIntegrationTests shows it);
-- plain timestamp keeps the UTC values as written, whatever the session.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
