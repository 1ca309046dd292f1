import type { Assessment, Board, Indicator, Report, Round } from './types';

export const ROUND_ID = '5d0c3c4e-1111-4a55-9b65-1b2f4f6c0d11';
export const ASSESSMENT_ID = '5d0c3c4e-2222-4a55-9b65-1b2f4f6c0d11';
export const AGREEMENT_ID = '5d0c3c4e-3333-4a55-9b65-1b2f4f6c0d11';
export const INDICATOR_ID = '5d0c3c4e-4444-4a55-9b65-1b2f4f6c0d11';

const agreementRef = {
  id: AGREEMENT_ID,
  title: 'Regional överenskommelse Västmanland',
  kind: 'REGIONAL' as const,
  firstYear: 2024,
  lastYear: 2028,
  status: 'ADOPTED' as const,
};
const goalArea = { id: '5d0c3c4e-5555-4a55-9b65-1b2f4f6c0d11', number: '1', title: 'Bostadsförsörjning' };
const vasteras = { id: '7a1c4a3e-3a8e-4a55-9b65-1b2f4f6c0d11', name: 'Västerås stad' };
const koping = { id: '7a1c4a3e-3a8e-4a55-9b65-1b2f4f6c0d12', name: 'Köpings kommun' };
const stamp = {
  createdAt: '2026-01-10T09:00:00Z',
  createdBy: 'coordinator.vastmanland',
  updatedAt: '2026-01-10T09:00:00Z',
  updatedBy: 'coordinator.vastmanland',
};

export function round(overrides: Partial<Round> = {}): Round {
  return {
    id: ROUND_ID,
    agreement: agreementRef,
    countyCode: '19',
    year: 2025,
    deadline: '2026-03-31',
    status: 'OPEN',
    tasks: [],
    version: 2,
    ...stamp,
    permissions: {
      changeDeadline: true,
      delete: false,
      compile: false,
      approve: false,
      viewBoard: true,
      viewReport: false,
      export: false,
    },
    ...overrides,
  };
}

export function board(): Board {
  return {
    roundId: ROUND_ID,
    year: 2025,
    deadline: '2026-03-31',
    status: 'OPEN',
    total: 2,
    overdue: 1,
    counts: { notStarted: 1, draft: 0, submitted: 1, returned: 0, accepted: 0 },
    tasks: [
      {
        assessmentId: ASSESSMENT_ID,
        goalArea,
        organisation: vasteras,
        state: 'SUBMITTED',
        status: 'PARTLY',
        submittedAt: '2026-03-20T10:00:00Z',
        overdue: false,
      },
      {
        assessmentId: '5d0c3c4e-6666-4a55-9b65-1b2f4f6c0d11',
        goalArea,
        organisation: koping,
        state: 'NOT_STARTED',
        overdue: true,
      },
    ],
  };
}

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: ASSESSMENT_ID,
    roundId: ROUND_ID,
    agreement: agreementRef,
    year: 2025,
    deadline: '2026-03-31',
    roundStatus: 'OPEN',
    goalArea,
    assesses: {
      goal: 'Fler nyanlända i arbete.',
      strategies: ['Samordna praktiken', 'Följa upp insatserna'],
      focus: { year: 2025, status: 'DECIDED', points: ['Språkpraktik i kommunerna'] },
    },
    organisation: vasteras,
    state: 'DRAFT',
    activities: [],
    indicatorValues: [],
    indicators: [{ id: INDICATOR_ID, name: 'Andel i arbete', unit: '%', scope: 'COUNTY', genderBreakdown: true }],
    overdue: false,
    version: 3,
    ...stamp,
    permissions: { edit: true, submit: true, review: false },
    ...overrides,
  };
}

export function report(): Report {
  return {
    roundId: ROUND_ID,
    agreement: agreementRef,
    countyCode: '19',
    countyName: 'Västmanlands län',
    year: 2025,
    status: 'APPROVED',
    summary: 'Arbetet går framåt.',
    approvedBy: 'Regional samverkansgrupp',
    approvedOn: '2026-05-20',
    statusCounts: { onTrack: 0, partly: 1, notOnTrack: 0, notAssessed: 0 },
    agreementIndicators: [],
    goalAreas: [
      {
        ...goalArea,
        focus: ['Fler bostäder'],
        aggregateStatus: 'PARTLY',
        statusCounts: { onTrack: 0, partly: 1, notOnTrack: 0, notAssessed: 0 },
        assessments: [
          {
            assessmentId: ASSESSMENT_ID,
            organisation: vasteras,
            status: 'PARTLY',
            situation: 'Bostadsbristen består.',
            activities: [{ title: 'Bostadsgrupp', organisations: [vasteras] }],
          },
        ],
        indicators: [
          {
            id: INDICATOR_ID,
            name: 'Andel i arbete',
            unit: '%',
            direction: 'HIGHER_IS_BETTER',
            scope: 'COUNTY',
            genderBreakdown: true,
            source: 'MANUAL',
            sample: false,
            values: [
              { gender: 'WOMEN', value: 41, sample: false },
              { gender: 'MEN', value: 55, sample: false },
              { gender: 'TOTAL', value: 48, sample: false },
            ],
            trend: [
              {
                gender: 'TOTAL',
                points: [
                  { year: 2024, value: 45 },
                  { year: 2025, value: 48 },
                ],
                change: 3,
                trend: 'IMPROVING',
              },
            ],
          },
        ],
      },
    ],
  };
}

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: INDICATOR_ID,
    agreementId: AGREEMENT_ID,
    name: 'Andel i arbete',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    scope: 'COUNTY',
    genderBreakdown: true,
    source: 'MANUAL',
    sample: false,
    targets: [{ year: 2027, value: 40 }],
    valueYears: [2024],
    valueCount: 3,
    version: 6,
    ...stamp,
    reportedInAssessments: false,
    followedInActionPlan: false,
    permissions: { edit: true, delete: true, importValues: true },
    ...overrides,
  };
}
