import type { Agreement, AgreementInput, AgreementKind, Perspective, TargetGroup } from '../types';
import { perspectives as perspectiveOrder, targetGroups as targetGroupOrder } from '../types';

export type LegalBasisRow = { key: string; sfs: string; title: string };

/** What the agreement form edits: text as typed, choices as keys; nothing is validated here. */
export type AgreementFormValues = {
  kind: AgreementKind | null;
  title: string;
  countyCode: string | null;
  municipalityCode: string | null;
  firstYear: string;
  lastYear: string;
  purpose: string;
  background: string;
  reportNumber: string;
  caseNumber: string;
  legalBasis: LegalBasisRow[];
  targetGroups: TargetGroup[];
  perspectives: Perspective[];
  parentAgreementId: string | null;
  supersedesId: string | null;
};

/** The form's fields in their order, named as the API's input properties so that server errors land on them. */
export const agreementFields = [
  'kind',
  'title',
  'countyCode',
  'municipalityCode',
  'firstYear',
  'lastYear',
  'purpose',
  'background',
  'reportNumber',
  'caseNumber',
  'legalBasis',
  'targetGroups',
  'perspectives',
  'parentAgreementId',
  'supersedesId',
] as const satisfies readonly (keyof AgreementInput)[];
export type AgreementField = (typeof agreementFields)[number];

let rowKey = 0;
export function newLegalBasisRow(sfs = '', title = ''): LegalBasisRow {
  rowKey += 1;
  return { key: `legal-${rowKey}`, sfs, title };
}

export function emptyAgreementValues(countyCode: string | null): AgreementFormValues {
  return {
    kind: null,
    title: '',
    countyCode,
    municipalityCode: null,
    firstYear: '',
    lastYear: '',
    purpose: '',
    background: '',
    reportNumber: '',
    caseNumber: '',
    legalBasis: [],
    targetGroups: [],
    perspectives: [],
    parentAgreementId: null,
    supersedesId: null,
  };
}

/** The input that would store the agreement as it is: what an edit starts from, and what a conflict compares. */
export function agreementInputOf(agreement: Agreement): AgreementInput {
  return toAgreementInput(
    formValuesOfInput({
      kind: agreement.kind,
      title: agreement.title,
      countyCode: agreement.countyCode,
      municipalityCode: agreement.municipalityCode,
      firstYear: agreement.firstYear,
      lastYear: agreement.lastYear,
      purpose: agreement.purpose,
      background: agreement.background,
      reportNumber: agreement.reportNumber,
      caseNumber: agreement.caseNumber,
      legalBasis: agreement.legalBasis,
      targetGroups: agreement.targetGroups,
      perspectives: agreement.perspectives,
      parentAgreementId: agreement.parent?.id,
      supersedesId: agreement.supersedes?.id,
    }),
  );
}

/**
 * What the form sent or starts from: `toAgreementInput` sends a missing kind, county or year as null (so the server
 * names the field), so each field may be absent or null here whatever the API type says.
 */
type SentAgreementInput = { [K in keyof AgreementInput]?: AgreementInput[K] | null };

export function formValuesOfInput(input: SentAgreementInput): AgreementFormValues {
  return {
    kind: input.kind ?? null,
    title: input.title ?? '',
    countyCode: input.countyCode ?? null,
    municipalityCode: input.municipalityCode ?? null,
    firstYear: input.firstYear === undefined || input.firstYear === null ? '' : String(input.firstYear),
    lastYear: input.lastYear === undefined || input.lastYear === null ? '' : String(input.lastYear),
    purpose: input.purpose ?? '',
    background: input.background ?? '',
    reportNumber: input.reportNumber ?? '',
    caseNumber: input.caseNumber ?? '',
    legalBasis: (input.legalBasis ?? []).map((reference) => newLegalBasisRow(reference.sfs, reference.title ?? '')),
    targetGroups: [...(input.targetGroups ?? [])],
    perspectives: [...(input.perspectives ?? [])],
    parentAgreementId: input.parentAgreementId ?? null,
    supersedesId: input.supersedesId ?? null,
  };
}

function optional(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A year as typed: a whole number, or null so that the server names the field. */
export function year(value: string): number {
  const trimmed = value.trim();
  return (/^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null) as number;
}

/** In the order the interface lists them, so that the same choice always compares equal. */
function ordered<T extends string>(values: readonly T[], order: readonly T[]): T[] {
  return order.filter((value) => values.includes(value));
}

/**
 * The request body: empty fields left out, a municipality and parent only for local agreements (the choices stay
 * in the form when the kind changes, but are not sent); whether the rest is valid is the server's to say.
 */
export function toAgreementInput(values: AgreementFormValues): AgreementInput {
  const local = values.kind === 'LOCAL';
  return {
    // A missing kind or county is sent as null so the server reports it on the field.
    kind: values.kind as AgreementKind,
    title: values.title.trim(),
    countyCode: values.countyCode as string,
    municipalityCode: local ? optional(values.municipalityCode) : undefined,
    firstYear: year(values.firstYear),
    lastYear: year(values.lastYear),
    purpose: optional(values.purpose),
    background: optional(values.background),
    reportNumber: optional(values.reportNumber),
    caseNumber: optional(values.caseNumber),
    legalBasis: values.legalBasis.map((row) => ({ sfs: row.sfs.trim(), title: optional(row.title) })),
    targetGroups: ordered(values.targetGroups, targetGroupOrder),
    perspectives: ordered(values.perspectives, perspectiveOrder),
    parentAgreementId: local ? optional(values.parentAgreementId) : undefined,
    supersedesId: optional(values.supersedesId),
  };
}

/** A period in whole years, as the API gives it. */
export type Period = { firstYear: number; lastYear: number };

/**
 * Whether a LÖK's period as typed reaches outside its RÖK's: a year typed so far that lies before the RÖK's first
 * year or after its last. Half-typed or empty years say nothing yet.
 */
export function periodOutside(values: Pick<AgreementFormValues, 'firstYear' | 'lastYear'>, parent: Period): boolean {
  const first = wholeYear(values.firstYear);
  const last = wholeYear(values.lastYear);
  return (
    (first !== null && (first < parent.firstYear || first > parent.lastYear)) ||
    (last !== null && (last > parent.lastYear || last < parent.firstYear))
  );
}

function wholeYear(value: string): number | null {
  const trimmed = value.trim();
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The values a new LÖK under a RÖK starts with: the RÖK's county and period, the RÖK as its parent. */
export function localUnder(parent: { id: string; countyCode: string } & Period): Partial<AgreementFormValues> {
  return {
    kind: 'LOCAL',
    countyCode: parent.countyCode,
    parentAgreementId: parent.id,
    firstYear: String(parent.firstYear),
    lastYear: String(parent.lastYear),
  };
}
