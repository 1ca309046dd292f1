import type { Indicator, IndicatorInput } from '../types';

export type TargetItem = { key: string; year: string; value: string };

export type IndicatorFormValues = {
  goalAreaId: string | null;
  name: string;
  description: string;
  unit: string;
  direction: string | null;
  scope: string | null;
  genderBreakdown: string | null;
  source: string | null;
  koladaKpi: string;
  baselineYear: string;
  baselineValue: string;
  targets: TargetItem[];
  sample: boolean;
};

let counter = 0;
export function newTarget(): TargetItem {
  counter += 1;
  return { key: `new-target-${counter}`, year: '', value: '' };
}

export function emptyIndicatorValues(): IndicatorFormValues {
  return {
    goalAreaId: null,
    name: '',
    description: '',
    unit: '',
    direction: 'HIGHER_IS_BETTER',
    scope: 'COUNTY',
    genderBreakdown: 'true',
    source: 'MANUAL',
    koladaKpi: '',
    baselineYear: '',
    baselineValue: '',
    targets: [],
    sample: false,
  };
}

export function indicatorFormValues(indicator: Indicator): IndicatorFormValues {
  return {
    goalAreaId: indicator.goalArea?.id ?? null,
    name: indicator.name,
    description: indicator.description ?? '',
    unit: indicator.unit,
    direction: indicator.direction,
    scope: indicator.scope,
    genderBreakdown: String(indicator.genderBreakdown),
    source: indicator.source,
    koladaKpi: indicator.koladaKpi ?? '',
    baselineYear: indicator.baselineYear === undefined ? '' : String(indicator.baselineYear),
    baselineValue: indicator.baselineValue === undefined ? '' : String(indicator.baselineValue),
    targets: indicator.targets.map((target, index) => ({
      key: `target-${index}`,
      year: String(target.year),
      value: String(target.value),
    })),
    sample: indicator.sample,
  };
}

/** A number as typed (decimal comma allowed); text that is no number is sent as is, so the server names the field. */
function numberOrText(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed.replace(',', '.').replace(/\s/g, ''));
  return Number.isNaN(number) ? (trimmed as unknown as number) : number;
}

export function toIndicatorInput(values: IndicatorFormValues): IndicatorInput {
  // What was chosen and typed goes to the server, which validates it (missing choices included).
  return {
    goalAreaId: values.goalAreaId ?? undefined,
    name: values.name,
    description: values.description.trim() === '' ? undefined : values.description,
    unit: values.unit,
    direction: values.direction as IndicatorInput['direction'],
    scope: values.scope as IndicatorInput['scope'],
    genderBreakdown: values.genderBreakdown === 'true',
    source: values.source as IndicatorInput['source'],
    koladaKpi: values.koladaKpi.trim() === '' ? undefined : values.koladaKpi.trim(),
    baselineYear: numberOrText(values.baselineYear),
    baselineValue: numberOrText(values.baselineValue),
    targets: values.targets.map((target) => ({
      year: numberOrText(target.year) as number,
      value: numberOrText(target.value) as number,
    })),
    sample: values.sample,
  };
}
