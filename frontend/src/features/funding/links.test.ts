import { describe, expect, it } from 'vitest';
import { toFundingProject, toFundingProjects } from './links';

describe('funding links', () => {
  it('fill in the id and leave out empty search values', () => {
    expect(toFundingProject({ id: 'a/b' })).toBe('/funding/projects/a%2Fb');
    expect(toFundingProjects({ county: '19', goalArea: undefined, q: '' })).toBe('/funding/projects?county=19');
  });
});
