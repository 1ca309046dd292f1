export const forumKeys = {
  all: ['forums'] as const,
  structure: (countyCode: string) => [...forumKeys.all, 'structure', countyCode] as const,
  one: (id: string) => [...forumKeys.all, 'one', id] as const,
  detail: (id: string) => [...forumKeys.one(id), 'detail'] as const,
  meetings: (id: string) => [...forumKeys.one(id), 'meetings'] as const,
  standingItems: (id: string) => [...forumKeys.one(id), 'standing-items'] as const,
};

export const meetingKeys = {
  all: ['meetings'] as const,
  one: (id: string) => [...meetingKeys.all, 'one', id] as const,
  detail: (id: string) => [...meetingKeys.one(id), 'detail'] as const,
  minutes: (id: string) => [...meetingKeys.one(id), 'minutes'] as const,
  decisionSubjects: (id: string) => [...meetingKeys.one(id), 'decision-subjects'] as const,
};

export const actionItemKeys = {
  all: ['action-items'] as const,
  list: (query: object) => [...actionItemKeys.all, 'list', query] as const,
  detail: (id: string) => [...actionItemKeys.all, 'one', id] as const,
};

export const statusReportKeys = {
  all: ['status-reports'] as const,
  ofForum: (forumId: string) => [...statusReportKeys.all, 'forum', forumId] as const,
  detail: (id: string) => [...statusReportKeys.all, 'one', id] as const,
};
