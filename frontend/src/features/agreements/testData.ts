import type { Agreement, GoalArea, Party, Responsibility } from './types';

/** Test data shaped like the Västmanland RÖK 2016–2020 (a few of its parties and goal area 3.1). */
export const org = {
  lansstyrelsen: { id: '00000000-0000-4000-8000-000000000001', name: 'Länsstyrelsen Västmanlands län' },
  arbetsformedlingen: { id: '00000000-0000-4000-8000-000000000002', name: 'Arbetsförmedlingen Norra Mälardalen' },
  vasteras: { id: '00000000-0000-4000-8000-000000000003', name: 'Västerås stad' },
  koping: { id: '00000000-0000-4000-8000-000000000004', name: 'Köpings kommun' },
  civil: { id: '00000000-0000-4000-8000-000000000005', name: 'Civilsamhället Västmanland' },
};

export const AGREEMENT_ID = '10000000-0000-4000-8000-000000000001';
export const GOAL_AREA_ID = '20000000-0000-4000-8000-000000000001';

function party(
  id: string,
  organisation: { id: string; name: string },
  organisationType: string,
  signatory?: [string, string],
): Party {
  return {
    id,
    organisation,
    organisationType,
    role: 'SIGNATORY',
    signatories: signatory ? [{ name: signatory[0], title: signatory[1] }] : [],
    signedOn: signatory ? '2016-06-01' : undefined,
    version: 0,
  };
}

function responsibility(
  id: string,
  fields: Partial<Responsibility> & Pick<Responsibility, 'kind' | 'level'>,
): Responsibility {
  return {
    id,
    allOtherSignatories: false,
    coveredOrganisations: fields.organisation ? [fields.organisation] : [],
    version: 0,
    ...fields,
  };
}

export const goalArea: GoalArea = {
  id: GOAL_AREA_ID,
  kind: 'GOAL_AREA',
  number: '3.1',
  title: 'Samverkan och samordning',
  goal: 'Det finns en samsyn och samverkan i länet om integrationsarbetet.',
  strategies: ['Det finns långsiktiga mål och strategier', 'Etableringstiden utnyttjas effektivt'],
  targetGroups: ['NEWLY_ARRIVED'],
  responsibilities: [
    // Entered local before regional, to show that the document reads the widest level first.
    responsibility('30000000-0000-4000-8000-000000000002', {
      organisation: org.arbetsformedlingen,
      kind: 'RESPONSIBLE',
      level: 'LOCAL',
    }),
    responsibility('30000000-0000-4000-8000-000000000001', {
      organisation: org.lansstyrelsen,
      kind: 'RESPONSIBLE',
      level: 'REGIONAL',
    }),
    responsibility('30000000-0000-4000-8000-000000000003', {
      allOtherSignatories: true,
      coveredOrganisations: [org.vasteras, org.koping],
      kind: 'OTHER',
      level: 'REGIONAL',
    }),
    responsibility('30000000-0000-4000-8000-000000000004', { organisation: org.civil, kind: 'OTHER', level: 'LOCAL' }),
  ],
  priorities: [
    {
      id: '40000000-0000-4000-8000-000000000002',
      year: 2026,
      status: 'RECORDED',
      decidedBy: 'Integrationsrådet',
      decidedOn: '2026-02-10',
      points: ['Fler lokala överenskommelser', 'Gemensam lägesbild'],
      version: 0,
    },
    {
      id: '40000000-0000-4000-8000-000000000001',
      year: 2025,
      status: 'DECIDED',
      proposedBy: { id: '50000000-0000-4000-8000-000000000001', name: 'Beredningsgruppen' },
      decision: {
        decisionId: '50000000-0000-4000-8000-000000000002',
        meetingId: '50000000-0000-4000-8000-000000000003',
        forumId: '50000000-0000-4000-8000-000000000004',
        forumName: 'Integrationsrådet',
        date: '2025-03-12',
        paragraph: 4,
      },
      points: ['Kartlägga samverkan'],
      version: 1,
    },
  ],
  version: 4,
};

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: AGREEMENT_ID,
    kind: 'REGIONAL',
    title: 'Regional överenskommelse Västmanland',
    countyCode: '19',
    countyName: 'Västmanlands län',
    firstYear: 2024,
    lastYear: 2028,
    purpose: 'Att stärka samarbetet.\n\nAtt underlätta lokalt.',
    reportNumber: 'Rapport 2016:09',
    status: 'DRAFT',
    legalBasis: [{ sfs: '2010:197', title: 'Lag (2010:197) om etableringsinsatser för vissa nyanlända invandrare' }],
    targetGroups: ['NEWLY_ARRIVED', 'UNACCOMPANIED_MINORS'],
    perspectives: ['GENDER_EQUALITY'],
    supersededBy: [],
    localAgreements: [],
    parties: [
      party('50000000-0000-4000-8000-000000000001', org.lansstyrelsen, 'COUNTY_ADMINISTRATIVE_BOARD', [
        'Minoo Akhtarzand',
        'Landshövding',
      ]),
      party('50000000-0000-4000-8000-000000000002', org.arbetsformedlingen, 'STATE_AGENCY'),
      party('50000000-0000-4000-8000-000000000003', org.vasteras, 'MUNICIPALITY', [
        'Anders Teljebäck',
        'Kommunstyrelsens ordförande',
      ]),
      party('50000000-0000-4000-8000-000000000004', org.koping, 'MUNICIPALITY'),
    ],
    goalAreas: [goalArea],
    version: 7,
    createdAt: '2026-01-10T08:00:00Z',
    createdBy: 'coordinator.vastmanland',
    updatedAt: '2026-02-01T12:00:00Z',
    updatedBy: 'coordinator.vastmanland',
    permissions: {
      edit: true,
      editPriorities: true,
      delete: true,
      statusChanges: ['CONSULTATION', 'ADOPTED'],
      runFollowUp: true,
      revise: false,
      createLocal: false,
      giveConsultationInput: false,
    },
    ...overrides,
  };
}
