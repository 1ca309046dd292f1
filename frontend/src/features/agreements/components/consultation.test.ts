import { describe, expect, it } from 'vitest';
import type { ConsultationInput, GoalArea } from '../types';
import { consultationSections } from './consultation';

const area = (id: string, number: string) => ({ id, number, title: `Område ${number}` }) as unknown as GoalArea;
const input = (id: string, goalAreaId?: string) =>
  ({ id, goalAreaId, organisation: { id: 'o', name: 'Västerås stad' }, text: id }) as unknown as ConsultationInput;

describe('consultation input by section', () => {
  it('puts the whole agreement first, then the goal areas in the document’s order, leaving out empty ones', () => {
    const areas = [area('a', '1'), area('b', '2'), area('c', '3')];
    const sections = consultationSections(areas, [input('x', 'c'), input('y'), input('z', 'a'), input('w', 'c')]);
    expect(sections.map((section) => section.key)).toEqual(['whole', 'a', 'c']);
    expect(sections[2]?.inputs.map((i) => i.id)).toEqual(['x', 'w']);
  });

  it('counts input on a goal area no longer in the agreement as on the whole', () => {
    const sections = consultationSections([area('a', '1')], [input('x', 'gone')]);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.key).toBe('whole');
  });

  it('has no sections without input', () => {
    expect(consultationSections([area('a', '1')], [])).toEqual([]);
  });
});
