import { describe, expect, it } from 'vitest';
import { bySwedishName, formatDate, formatDateTime, formatPeriod, formatUtc, plainText, todayIso } from './format';

describe('formatDateTime', () => {
  it('formats in the given locale', () => {
    expect(formatDateTime('2024-02-01T12:00:00Z', 'sv-SE')).toMatch(/februari 2024/);
    expect(formatDateTime('2024-02-01T12:00:00Z', 'en-GB')).toMatch(/February 2024/);
  });

  it('shows an unreadable value as it is', () => {
    expect(formatDateTime('yesterday', 'sv-SE')).toBe('yesterday');
  });
});

describe('formatUtc', () => {
  it('gives minutes in UTC', () => {
    expect(formatUtc('2026-11-23T23:01:25.2Z')).toBe('2026-11-23 23:01 UTC');
  });
});

describe('formatDate', () => {
  it('formats a calendar date without shifting it', () => {
    expect(formatDate('2016-06-01', 'sv-SE')).toBe('1 juni 2016');
    expect(formatDate(undefined, 'sv-SE')).toBeUndefined();
  });
});

describe('todayIso', () => {
  it('pads month and day', () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('plainText', () => {
  it('writes plain values as they are and objects as JSON', () => {
    expect(plainText('Hälsa')).toBe('Hälsa');
    expect(plainText(2026)).toBe('2026');
    expect(plainText(null)).toBe('');
    expect(plainText({ sfs: '2017:584' })).toBe('{"sfs":"2017:584"}');
  });
});

describe('formatPeriod', () => {
  it('writes a period with an en dash, and a single year once', () => {
    expect(formatPeriod(2024, 2027)).toBe('2024–2027');
    expect(formatPeriod(2024, 2024)).toBe('2024');
  });
});

describe('bySwedishName', () => {
  it('puts å, ä and ö after z, as Swedish does', () => {
    const names = ['Örebro', 'Arboga', 'Ängelholm', 'Åmål', 'Västerås', 'Köping'].map((name) => ({ name }));
    expect(bySwedishName(names).map((m) => m.name)).toEqual([
      'Arboga',
      'Köping',
      'Västerås',
      'Åmål',
      'Ängelholm',
      'Örebro',
    ]);
  });
});
