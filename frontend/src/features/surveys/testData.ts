import type { Survey } from './types';

export const SURVEY_ID = '60000000-0000-4000-8000-000000000001';

/** A county's survey of 2026 with no themes or recipients yet: closed, read by its results' readers by default. */
export function survey(overrides: Partial<Survey> = {}): Survey {
  return {
    id: SURVEY_ID,
    countyCode: '19',
    countyName: 'Västmanlands län',
    title: 'Lägesbild 2026',
    year: 2026,
    opensOn: '2026-09-01',
    closesOn: '2026-10-31',
    includeRegion: false,
    status: 'CLOSED',
    themes: [],
    recipients: [],
    version: 3,
    createdAt: '2026-08-01T08:00:00Z',
    createdBy: 'coordinator.vastmanland',
    updatedAt: '2026-08-01T08:00:00Z',
    updatedBy: 'coordinator.vastmanland',
    permissions: {
      update: false,
      statusChanges: [],
      copy: false,
      summarise: false,
      readResults: true,
      export: true,
      followCounties: [],
    },
    ...overrides,
  };
}
