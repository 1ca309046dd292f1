export const surveyKeys = {
  all: ['surveys'] as const,
  list: (query: object) => [...surveyKeys.all, 'list', query] as const,
  survey: (id: string) => [...surveyKeys.all, 'survey', id] as const,
  answer: (id: string, organisationId: string) => [...surveyKeys.all, 'answer', id, organisationId] as const,
  results: (id: string, county?: string) => [...surveyKeys.all, 'results', id, county ?? ''] as const,
  comparison: (id: string) => [...surveyKeys.all, 'comparison', id] as const,
  history: (id: string) => [...surveyKeys.all, 'history', id] as const,
};
