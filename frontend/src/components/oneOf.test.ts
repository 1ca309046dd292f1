import { describe, expect, it } from 'vitest';
import { oneOf } from './oneOf';

describe('oneOf', () => {
  const actions = ['CREATED', 'UPDATED'] as const;
  it('tells a listed value from any other', () => {
    expect(oneOf(actions, 'UPDATED')).toBe(true);
    expect(oneOf(actions, 'DELETED')).toBe(false);
    expect(oneOf(actions, 'created')).toBe(false);
    expect(oneOf(actions, '')).toBe(false);
  });
});
