import { describe, expect, it } from 'vitest';
import type { Question } from '../types';
import { draftOf, newDraft, parseDecimal, questionInput } from './questionDraft';

const question = (change: Partial<Question>): Question => ({
  id: 'q1',
  key: 'k1',
  kind: 'STATEMENT',
  text: 'Kommunen kan erbjuda boende',
  required: true,
  commentMode: 'OPTIONAL',
  genderSplit: false,
  options: [],
  ...change,
});

describe('parseDecimal', () => {
  it('reads Swedish and English decimals and spaces between thousands', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal(' 1 500 ')).toBe(1500);
    expect(parseDecimal('-3')).toBe(-3);
  });

  it('tells an empty field (no bound) from one that is no number', () => {
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('  ')).toBeUndefined();
    expect(parseDecimal('tolv')).toBeNull();
    expect(parseDecimal('1,2,3')).toBeNull();
    expect(parseDecimal('12 st')).toBeNull();
  });
});

describe('questionInput', () => {
  it('sends a statement with its comment mode and nothing of the other kinds', () => {
    const draft = { ...draftOf(question({})), commentMode: 'REQUIRED' as const, unit: 'personer' };
    expect(questionInput(draft)).toEqual({
      key: 'k1',
      kind: 'STATEMENT',
      text: 'Kommunen kan erbjuda boende',
      help: undefined,
      required: true,
      commentMode: 'REQUIRED',
    });
  });

  it('sends a number with unit, bounds typed with a decimal comma and the gender split', () => {
    const draft = {
      ...draftOf(question({ kind: 'NUMBER', commentMode: 'NONE' })),
      unit: ' platser ',
      minValue: '0',
      maxValue: '2 500,5',
      genderSplit: true,
      required: false,
      help: 'Räkna den 31 december.',
    };
    expect(questionInput(draft)).toEqual({
      key: 'k1',
      kind: 'NUMBER',
      text: 'Kommunen kan erbjuda boende',
      help: 'Räkna den 31 december.',
      required: false,
      unit: 'platser',
      minValue: 0,
      maxValue: 2500.5,
      genderSplit: true,
    });
  });

  it('leaves an empty bound out rather than sending 0', () => {
    const input = questionInput({ ...newDraft(), kind: 'NUMBER', text: 'Antal', minValue: '', maxValue: '10' });
    expect(input.minValue).toBeUndefined();
    expect(input.maxValue).toBe(10);
    expect(input.key).toBeUndefined();
  });

  it('sends a choice with its options in order, trimmed, without empty ones, and no comment mode', () => {
    const draft = draftOf(question({ kind: 'MULTIPLE_CHOICE', options: [' Praktik ', '', 'Språkstöd'] }));
    const input = questionInput(draft);
    expect(input.options).toEqual(['Praktik', 'Språkstöd']);
    expect(input.commentMode).toBeUndefined();
    expect(input.unit).toBeUndefined();
  });

  it('keeps the key when the kind changes, and drops what belonged to the old kind', () => {
    const number = draftOf(question({ kind: 'NUMBER', unit: 'personer', minValue: 1.5, genderSplit: true }));
    expect(number.minValue).toBe('1,5');
    const input = questionInput({ ...number, kind: 'TEXT' });
    expect(input).toEqual({
      key: 'k1',
      kind: 'TEXT',
      text: 'Kommunen kan erbjuda boende',
      help: undefined,
      required: true,
    });
  });
});
