import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFormDefinition } from './useFormDefinition';

describe('useFormDefinition', () => {
  it('labels each field by the text <prefix>.<field>, and a nested error by the field it belongs to', () => {
    const fields = ['targetGroup', 'finding', 'source', 'foundOn'] as const;
    const { result } = renderHook(() => useFormDefinition('finding-new', fields, 'strategy.finding.fields'));
    expect(result.current.form).toBe('finding-new');
    expect(result.current.fields).toEqual(fields);
    expect(result.current.labelOf('finding')).toBe('Brist');
    expect(result.current.labelOf('source[0].url')).toBe('Källa');
    expect(result.current.labelOf('unknown')).toBe('unknown');
  });

  it('lets a special label come first', () => {
    const { result } = renderHook(() =>
      useFormDefinition('area', ['title'], 'strategy.area.fields', (field) =>
        field === 'title' ? 'Rubrik' : undefined,
      ),
    );
    expect(result.current.labelOf('title')).toBe('Rubrik');
  });
});
