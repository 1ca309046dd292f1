-- Issue 17: an organisation can save its status-report contribution as a draft before submitting it. The draft's
-- entries are kept with the invitation like a submitted contribution's; only the organisation itself sees them
-- until submitted_at is set.
alter table status_report_invitation add column draft_saved_at timestamptz;
alter table status_report_invitation add column draft_saved_by varchar(200);
