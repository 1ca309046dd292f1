import { describe, expect, it } from 'vitest';
import { applyMyChanges, changedFields, conflictRows, conflictText } from './conflict';

const fields = ['number', 'title', 'goal', 'strategies'] as const;
type Input = { number: string; title: string; goal?: string; strategies: string[] };

const base: Input = { number: '2', title: 'Hälsa', goal: 'God hälsa', strategies: ['A', 'B'] };
const latest: Input = { number: '2', title: 'Hälsa och välmående', goal: 'God hälsa', strategies: ['A', 'B'] };
const mine: Input = { number: '2', title: 'Hälsa', goal: 'God och jämlik hälsa', strategies: ['B', 'A'] };

describe('conflicts', () => {
  it('lays my changes onto the latest version and keeps theirs elsewhere', () => {
    expect(applyMyChanges(base, latest, mine)).toEqual({
      number: '2',
      title: 'Hälsa och välmående',
      goal: 'God och jämlik hälsa',
      strategies: ['B', 'A'],
    });
  });

  it('lists the fields someone else changed, with my value and the outcome', () => {
    expect(conflictRows(fields, base, latest, mine)).toEqual([
      {
        field: 'title',
        theirs: 'Hälsa och välmående',
        yours: 'Hälsa',
        result: 'Hälsa och välmående',
        bothChanged: false,
      },
    ]);
  });

  it('marks a field we both changed: mine wins', () => {
    const both = { ...mine, title: 'Hälsa för alla' };
    expect(conflictRows(fields, base, latest, both)).toEqual([
      {
        field: 'title',
        theirs: 'Hälsa och välmående',
        yours: 'Hälsa för alla',
        result: 'Hälsa för alla',
        bothChanged: true,
      },
    ]);
  });

  it('treats missing and empty alike, and order in lists as a change', () => {
    expect(changedFields(fields, { ...base, goal: undefined }, { ...base, goal: '' })).toEqual([]);
    expect(changedFields(fields, base, mine)).toEqual(['goal', 'strategies']);
  });
});

describe('list fields', () => {
  type Values = { purposes: { key: string; value: string }[] };
  const listFields = ['purposes'] as const;
  const items = (keyPrefix: string, ...texts: string[]) =>
    texts.map((value, index) => ({ key: `${keyPrefix}-${index}`, value }));

  it('compares list items by their text, not by the keys that track them on screen', () => {
    const base: Values = { purposes: items('a', 'Samordna', 'Följa upp') };
    const latest: Values = { purposes: items('b', 'Samordna', 'Följa upp') };
    expect(changedFields(listFields, base, latest)).toEqual([]);
    expect(conflictRows(listFields, base, latest, base)).toEqual([]);
    const theirs: Values = { purposes: items('c', 'Samordna', 'Följa upp', 'Informera') };
    expect(conflictRows(listFields, base, theirs, base)).toEqual([
      { field: 'purposes', theirs: theirs.purposes, yours: base.purposes, result: theirs.purposes, bothChanged: false },
    ]);
  });

  it('compares rows of a repeating group without their keys', () => {
    type Rows = { attendees: { key: string; name: string }[] };
    const base: Rows = { attendees: [{ key: 'a-1', name: 'Anna' }] };
    expect(changedFields(['attendees'], base, { attendees: [{ key: 'a-7', name: 'Anna' }] })).toEqual([]);
    expect(changedFields(['attendees'], base, { attendees: [{ key: 'a-1', name: 'Bo' }] })).toEqual(['attendees']);
  });

  it('puts a list into words one entry a line', () => {
    expect(conflictText(items('a', 'Samordna', 'Följa upp'))).toBe('Samordna\nFölja upp');
    expect(conflictText(['A', 'B'])).toBe('A\nB');
    expect(conflictText(3)).toBe('3');
    expect(conflictText(undefined)).toBe('');
  });
});
