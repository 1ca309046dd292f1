/** Fixtures of the strategy pages: Västerbotten's strategy with its analysis and plan. */
export const AGREEMENT_ID = '5b0e8f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const stamp = { updatedAt: '2026-03-01T10:00:00Z', updatedBy: 'coordinator.vasterbotten' };

export const goalArea = { id: 'ga-1', number: '1', title: 'Arbete och försörjning' };

export function finding(overrides: Record<string, unknown> = {}) {
  return {
    id: 'f-1',
    agreementId: AGREEMENT_ID,
    targetGroup: 'NEWLY_ARRIVED',
    finding: 'Nyanlända saknar en social gemenskap och ett nätverk',
    source: 'Lägesbild 2018',
    foundOn: '2018-05-02',
    example: false,
    version: 3,
    ...stamp,
    permissions: { edit: true, delete: true },
    ...overrides,
  };
}

export function area(overrides: Record<string, unknown> = {}) {
  return {
    id: 'area-1',
    agreementId: AGREEMENT_ID,
    targetGroup: 'NEWLY_ARRIVED',
    title: 'Utveckling av samverkan med psykiatri',
    description: 'Gemensamma rutiner',
    goalArea,
    status: 'POSSIBLE',
    example: false,
    version: 2,
    ...stamp,
    permissions: { edit: true, score: false, delete: true, statusChanges: [] },
    ...overrides,
  };
}

export function analysis(overrides: Record<string, unknown> = {}) {
  return {
    agreement: { id: AGREEMENT_ID, title: 'Regional utvecklingsstrategi Västerbotten' },
    goalAreas: [goalArea],
    findings: [finding()],
    areas: [area()],
    permissions: { addFinding: true, addArea: true },
    ...overrides,
  };
}

const progress = { total: 1, planned: 1, ongoing: 0, done: 0, cancelled: 0, overdue: 0 };

export function activity(overrides: Record<string, unknown> = {}) {
  return {
    id: 'act-1',
    agreement: { id: AGREEMENT_ID, title: 'Regional utvecklingsstrategi Västerbotten' },
    goalArea,
    title: 'Utbildning för personal i tidiga insatser',
    description: 'Två utbildningsdagar',
    owner: { id: 'org-umea', name: 'Umeå kommun' },
    partners: [{ id: 'org-region', name: 'Region Västerbotten' }],
    startsOn: '2026-02-01',
    dueOn: '2026-11-30',
    status: 'PLANNED',
    overdue: false,
    indicator: { id: 'ind-1', name: 'Andel i arbete' },
    version: 7,
    ...stamp,
    permissions: { edit: true, delete: true, statusChanges: [] },
    ...overrides,
  };
}

export function plan(overrides: Record<string, unknown> = {}) {
  return {
    agreement: { id: AGREEMENT_ID, title: 'Regional utvecklingsstrategi Västerbotten' },
    today: '2026-03-02',
    progress,
    goalAreas: [{ goalArea, progress }],
    areas: [],
    subStrategies: [],
    activities: [activity()],
    permissions: { addActivity: false },
    ...overrides,
  };
}

export const indicators = [
  { id: 'ind-1', agreementId: AGREEMENT_ID, name: 'Andel i arbete', unit: '%', direction: 'HIGHER_IS_BETTER' },
  { id: 'ind-2', agreementId: AGREEMENT_ID, name: 'Andel i SFI', unit: '%', direction: 'HIGHER_IS_BETTER' },
];

export function phase(overrides: Record<string, unknown> = {}) {
  return {
    id: 'phase-1',
    agreementId: AGREEMENT_ID,
    position: 1,
    name: 'Förankring',
    description: 'Strategin förankras hos parterna',
    goal: 'Alla parter känner till strategin',
    plannedStart: '2026-01-15',
    plannedEnd: '2026-06-30',
    actualStart: '2026-01-20',
    status: 'ONGOING',
    ownerOrganisation: { id: 'org-region', name: 'Region Västerbotten' },
    checkpoints: [
      { text: 'Samråd med kommunerna', done: true, doneOn: '2026-02-10' },
      { text: 'Beslut i styrgruppen', done: false },
    ],
    version: 5,
    ...stamp,
    permissions: { edit: true, delete: false, statusChanges: [] },
    ...overrides,
  };
}

export function processMap(overrides: Record<string, unknown> = {}) {
  return {
    agreement: { id: AGREEMENT_ID, title: 'Regional utvecklingsstrategi Västerbotten' },
    currentPhaseId: 'phase-1',
    phases: [phase()],
    permissions: { addPhase: false },
    ...overrides,
  };
}
