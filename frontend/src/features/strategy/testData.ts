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
