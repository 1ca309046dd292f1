import { describe, expect, it } from 'vitest';
import { emptyAgreementValues, localUnder, periodOutside, toAgreementInput } from './agreementFormValues';

const rok = { id: '10000000-0000-4000-8000-000000000077', countyCode: '19', firstYear: 2024, lastYear: 2027 };

describe("a LÖK's period and its RÖK's", () => {
  it('is within when both years lie inside the RÖK’s period, its ends included', () => {
    expect(periodOutside({ firstYear: '2024', lastYear: '2027' }, rok)).toBe(false);
    expect(periodOutside({ firstYear: '2025', lastYear: '2026' }, rok)).toBe(false);
  });

  it('is outside when a year lies before the first or after the last', () => {
    expect(periodOutside({ firstYear: '2023', lastYear: '2026' }, rok)).toBe(true);
    expect(periodOutside({ firstYear: '2025', lastYear: '2028' }, rok)).toBe(true);
    expect(periodOutside({ firstYear: '2030', lastYear: '' }, rok)).toBe(true);
    expect(periodOutside({ firstYear: '', lastYear: '2020' }, rok)).toBe(true);
  });

  it('says nothing while the years are empty or half typed', () => {
    expect(periodOutside({ firstYear: '', lastYear: '' }, rok)).toBe(false);
    expect(periodOutside({ firstYear: '20', lastYear: '202' }, rok)).toBe(false);
    expect(periodOutside({ firstYear: ' 2025 ', lastYear: 'abcd' }, rok)).toBe(false);
  });
});

describe('a new LÖK under a RÖK', () => {
  it("starts as a LÖK with the RÖK's county, period and the RÖK as parent", () => {
    const input = toAgreementInput({ ...emptyAgreementValues(null), ...localUnder(rok) });
    expect(input).toMatchObject({
      kind: 'LOCAL',
      countyCode: '19',
      firstYear: 2024,
      lastYear: 2027,
      parentAgreementId: rok.id,
    });
    expect(periodOutside({ firstYear: String(input.firstYear), lastYear: String(input.lastYear) }, rok)).toBe(false);
  });
});
