import type {
  ActionItem,
  ActionItemSummary,
  Forum,
  ForumStructure,
  Meeting,
  Minutes,
  StatusReport,
  StatusReportInvitation,
} from './types';

export const ids = {
  integrationsradet: '11111111-1111-4111-8111-111111111111',
  beredningsgruppen: '22222222-2222-4222-8222-222222222222',
  arbetsgrupp: '33333333-3333-4333-8333-333333333333',
  samverkansdelegationen: '44444444-4444-4444-8444-444444444444',
  meeting: '55555555-5555-4555-8555-555555555555',
  agendaItem: '66666666-6666-4666-8666-666666666666',
  actionItem: '77777777-7777-4777-8777-777777777777',
  followUpItem: '88888888-8888-4888-8888-888888888888',
  lansstyrelsen: '99999999-9999-4999-8999-999999999999',
  vasteras: '7a1c4a3e-3a8e-4a55-9b65-1b2f4f6c0d11',
};

const integrationsradetRef = {
  id: ids.integrationsradet,
  name: 'Integrationsrådet',
  kind: 'FORUM',
  level: 'REGIONAL',
} as const;

export const structure: ForumStructure = {
  countyCode: '19',
  countyName: 'Västmanlands län',
  canCreateForum: false,
  levels: [
    {
      level: 'NATIONAL',
      forums: [
        {
          id: ids.samverkansdelegationen,
          name: 'Samverkansdelegationen',
          kind: 'FORUM',
          level: 'NATIONAL',
          memberOrganisations: [],
          workingGroups: [],
        },
      ],
    },
    {
      level: 'REGIONAL',
      forums: [
        {
          id: ids.integrationsradet,
          name: 'Integrationsrådet',
          kind: 'FORUM',
          level: 'REGIONAL',
          countyCode: '19',
          convener: { id: ids.lansstyrelsen, name: 'Länsstyrelsen Västmanland' },
          meetingsPerYear: 2,
          memberOrganisations: [],
          workingGroups: [
            {
              id: ids.arbetsgrupp,
              name: 'Arbetsgrupp för samhällsorientering',
              relation: 'REPORTS_TO',
              endsOn: '2026-12-31',
              active: true,
              memberOrganisations: [],
            },
          ],
        },
        {
          id: ids.beredningsgruppen,
          name: 'Beredningsgruppen',
          kind: 'FORUM',
          level: 'REGIONAL',
          countyCode: '19',
          meetingsPerYear: 4,
          memberOrganisations: [],
          parent: { ...integrationsradetRef, relation: 'PREPARES_FOR' },
          workingGroups: [],
        },
      ],
    },
    { level: 'SUBREGIONAL', forums: [] },
    { level: 'LOCAL', forums: [] },
  ],
  links: [
    {
      fromId: ids.beredningsgruppen,
      fromName: 'Beredningsgruppen',
      toId: ids.integrationsradet,
      toName: 'Integrationsrådet',
      relation: 'PREPARES_FOR',
    },
  ],
};

export const forum: Forum = {
  ...integrationsradetRef,
  countyCode: '19',
  countyName: 'Västmanlands län',
  convener: { id: ids.lansstyrelsen, name: 'Länsstyrelsen Västmanland' },
  chair: 'Landshövdingen',
  meetingsPerYear: 2,
  active: true,
  mandate: ['Besluta om regionala prioriteringar', 'Följa upp överenskommelsen'],
  purposes: ['Gemensam styrning av etableringsarbetet'],
  municipalities: [],
  members: [
    {
      id: 'm1',
      organisation: { id: ids.vasteras, name: 'Västerås stad' },
      organisationType: 'MUNICIPALITY',
      role: 'MANAGER',
      representatives: [
        { name: 'Anna Andersson', title: 'Kommundirektör' },
        { name: 'Bo Berg', substitute: true },
      ],
      version: 0,
    },
  ],
  linkedFrom: [
    {
      id: ids.beredningsgruppen,
      name: 'Beredningsgruppen',
      kind: 'FORUM',
      level: 'REGIONAL',
      relation: 'PREPARES_FOR',
    },
    {
      id: ids.arbetsgrupp,
      name: 'Arbetsgrupp för samhällsorientering',
      kind: 'WORKING_GROUP',
      level: 'REGIONAL',
      relation: 'REPORTS_TO',
    },
  ],
  agreements: [
    { id: 'a1', title: 'ROK Västmanland', kind: 'REGIONAL', firstYear: 2016, lastYear: 2020, status: 'ADOPTED' },
  ],
  version: 4,
  createdAt: '2026-01-01T10:00:00Z',
  createdBy: 'admin',
  updatedAt: '2026-01-01T10:00:00Z',
  updatedBy: 'admin',
  permissions: { edit: true, delete: false, manageMeetings: true, manageStatusReports: true, readInternal: true },
};

export const followUpItem: ActionItemSummary = {
  id: ids.followUpItem,
  title: 'Kartlägg behovet av samhällsorientering',
  forum: integrationsradetRef,
  meeting: { id: 'earlier', date: '2026-03-01', agendaItemId: 'x', agendaItemTitle: 'Lägesbild' },
  owner: { id: ids.vasteras, name: 'Västerås stad' },
  dueOn: '2026-04-01',
  status: 'IN_PROGRESS',
  overdue: true,
  version: 2,
};

export const meeting: Meeting = {
  id: ids.meeting,
  forum: integrationsradetRef,
  date: '2026-06-10',
  startTime: '09:30:00',
  endTime: '12:00:00',
  location: 'Länsstyrelsen, Västerås',
  minutesPublished: false,
  agenda: [
    {
      id: ids.agendaItem,
      position: 1,
      title: 'Lägesbild etablering',
      kind: 'STATUS_REPORT',
      presenter: 'Karin',
      version: 1,
    },
    { id: 'a2', position: 2, title: 'Beslut om prioriteringar', kind: 'DECISION', version: 1 },
  ],
  followUp: [followUpItem],
  version: 7,
  createdAt: '2026-05-01T10:00:00Z',
  createdBy: 'coordinator.vastmanland',
  updatedAt: '2026-05-01T10:00:00Z',
  updatedBy: 'coordinator.vastmanland',
  permissions: { edit: true, delete: true, publishMinutes: true, readMinutes: true, handOutActionItems: true },
};

export const minutes: Minutes = {
  meetingId: ids.meeting,
  forum: integrationsradetRef,
  date: '2026-06-10',
  published: false,
  attendees: [{ name: 'Karin Samordnare', organisation: { id: ids.lansstyrelsen, name: 'Länsstyrelsen Västmanland' } }],
  items: [
    {
      agendaItemId: ids.agendaItem,
      position: 1,
      title: 'Lägesbild etablering',
      kind: 'STATUS_REPORT',
      minutes: 'Länsstyrelsen redogjorde för läget.',
      decisions: [
        {
          id: 'd1',
          agendaItemId: ids.agendaItem,
          position: 1,
          text: 'Rådet noterade lägesbilden',
          outcome: 'NOTED',
          subject: 'OTHER',
          effects: [],
          version: 0,
        },
      ],
      actionItems: [],
      version: 1,
    },
  ],
  version: 7,
};

export const actionItem: ActionItem = {
  id: ids.actionItem,
  title: 'Ta fram en plan för språkstöd',
  forum: integrationsradetRef,
  meeting: {
    id: ids.meeting,
    date: '2026-06-10',
    agendaItemId: ids.agendaItem,
    agendaItemTitle: 'Lägesbild etablering',
  },
  owner: { id: ids.vasteras, name: 'Västerås stad' },
  dueOn: '2026-09-01',
  status: 'OPEN',
  overdue: false,
  raisedTo: [],
  trail: [],
  version: 3,
  createdAt: '2026-06-10T10:00:00Z',
  createdBy: 'coordinator.vastmanland',
  updatedAt: '2026-06-10T10:00:00Z',
  updatedBy: 'coordinator.vastmanland',
  permissions: {
    edit: false,
    statusChanges: ['IN_PROGRESS', 'DONE'],
    escalate: false,
    passAlong: false,
    delete: false,
  },
};

/** An invitation to a status report, unanswered unless told otherwise. */
export function invitation(
  id: string,
  name: string,
  fields: Partial<StatusReportInvitation> = {},
): StatusReportInvitation {
  return {
    organisation: { id, name },
    invitedAt: '2026-04-01T10:00:00Z',
    invitedBy: 'coordinator.vastmanland',
    submitted: false,
    draft: false,
    entries: [],
    version: 0,
    ...fields,
  };
}

/** An open status report of Integrationsrådet for the second quarter of 2026, at version 3, editable by default. */
export function statusReport(fields: Partial<StatusReport> & Pick<StatusReport, 'id'>): StatusReport {
  return {
    forum: integrationsradetRef,
    year: 2026,
    quarter: 2,
    title: 'Lägesrapport kvartal 2',
    status: 'OPEN',
    themes: ['Bostäder'],
    invitations: [],
    version: 3,
    createdAt: '2026-04-01T10:00:00Z',
    createdBy: 'coordinator.vastmanland',
    updatedAt: '2026-04-01T10:00:00Z',
    updatedBy: 'coordinator.vastmanland',
    permissions: { edit: true, delete: true, compile: false, publish: false, contributeFor: [], draftFor: [] },
    ...fields,
  };
}
