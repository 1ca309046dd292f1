-- Surveys (issue 12) notify: opening a survey invites the asked organisations' members, and those that have not
-- submitted are reminded before it closes. A new notification category (and preference) SURVEY.
alter table notification drop constraint notification_category_check;
alter table notification add constraint notification_category_check
    check (category in ('FOLLOW_UP', 'STATUS_REPORT', 'MEETING', 'ACTION_ITEM', 'AGREEMENT', 'SURVEY'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
    check (category in ('FOLLOW_UP', 'STATUS_REPORT', 'MEETING', 'ACTION_ITEM', 'AGREEMENT', 'SURVEY'));
