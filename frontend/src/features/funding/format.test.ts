import { describe, expect, it } from 'vitest';
import { decimalOf, formatKronor } from './format';

describe('formatKronor', () => {
  it('keeps every öre of a large amount', () => {
    expect(formatKronor('1234568.19', 'sv')).toBe('1\u00a0234\u00a0568,19 kr');
    expect(formatKronor('9999999999999.99', 'en')).toBe('9,999,999,999,999.99 kr');
  });

  it('pads whole kronor and refuses what is not an amount', () => {
    expect(formatKronor('300000', 'en')).toBe('300,000.00 kr');
    expect(formatKronor('0.3', 'sv')).toBe('0,30 kr');
    expect(formatKronor('1e3', 'sv')).toBeNull();
    expect(formatKronor(undefined, 'sv')).toBeNull();
  });
});

describe('decimalOf', () => {
  it('reads Swedish and spaced amounts as the API takes them', () => {
    expect(decimalOf('250 000,50')).toBe('250000.50');
    expect(decimalOf('1500000')).toBe('1500000');
    expect(decimalOf('  ')).toBeUndefined();
  });
});
