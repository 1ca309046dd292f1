-- Scheduled work runs once across API instances (issue 18): the instance that inserts the row for a job's slot
-- (e.g. the day) does the work; the others see the row and skip. Kept as a log of which instance ran what.
create table scheduled_run (
    job        varchar(100) not null,
    slot       varchar(100) not null,
    instance   varchar(200) not null,
    claimed_at timestamptz  not null,
    primary key (job, slot)
);

-- The public subscription form's mail limit counts recent confirmations per address (PublicFollowService).
create index mail_outbox_confirmations on mail_outbox (recipient_email, created_at) where event = 'subscription-confirm';
