import { describe, expect, it } from 'vitest';
import { formatDateTime, formatOrganisationNumber } from './format';

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

describe('formatDateTime', () => {
  it('formats in the given locale', () => {
    expect(formatDateTime('2024-02-01T12:00:00Z', 'sv-SE')).toMatch(/februari 2024/);
    expect(formatDateTime('2024-02-01T12:00:00Z', 'en-GB')).toMatch(/February 2024/);
  });

  it('shows an unreadable value as it is', () => {
    expect(formatDateTime('yesterday', 'sv-SE')).toBe('yesterday');
  });
});
