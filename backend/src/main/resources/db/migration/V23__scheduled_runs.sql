-- Scheduled work runs once across API instances (issue 18): the instance that inserts the row for a job's slot
-- (e.g. the day) does the work; the others see the row and skip. Kept as a log of which instance ran what.
CREATE TABLE scheduled_run (
    job        varchar(100) NOT NULL,
    slot       varchar(100) NOT NULL,
    instance   varchar(200) NOT NULL,
    claimed_at timestamptz  NOT NULL,
    PRIMARY KEY (job, slot)
);
