-- Consultation input (issue 17): during förankring a party leaves its input on the agreement as a whole or on one of
-- its goal areas; the coordinator reads it on the agreement page. The input belongs to the party organisation.
create table consultation_input (
    id              uuid          primary key,
    agreement_id    uuid          not null references agreement (id) on delete cascade,
    -- Null: the agreement as a whole. A removed goal area leaves its input on the agreement as a whole.
    goal_area_id    uuid          references goal_area (id) on delete set null,
    organisation_id uuid          not null references organisation (id),
    text            text          not null,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null
);

create index consultation_input_agreement on consultation_input (agreement_id, created_at);
