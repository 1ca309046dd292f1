import { describe, expect, it } from 'vitest';
import { formatOrganisationNumber } from './format';

describe('formatOrganisationNumber', () => {
  it('puts the dash after the sixth digit', () => {
    expect(formatOrganisationNumber('2120002080')).toBe('212000-2080');
  });

  it('leaves other values alone', () => {
    expect(formatOrganisationNumber('212000-2080')).toBe('212000-2080');
    expect(formatOrganisationNumber(undefined)).toBeUndefined();
    expect(formatOrganisationNumber('')).toBeUndefined();
  });
});
