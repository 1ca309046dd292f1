import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { levels, type ForumLevel } from '../types';
import { forumKeys } from './queryKeys';

/** Forums an item may be raised to: of the same county or national, at a higher level than `level`. */
export function useHigherForums(countyCode: string | undefined, level: ForumLevel, enabled = true) {
  return useQuery({
    queryKey: [...forumKeys.all, 'higher', countyCode ?? '', level],
    queryFn: async ({ signal }) => {
      const [county, national] = await Promise.all([
        countyCode
          ? api
              .GET('/api/v1/forums', { params: { query: { county: countyCode, size: 100, page: 0 } }, signal })
              .then(unwrap)
          : Promise.resolve({ items: [] }),
        api
          .GET('/api/v1/forums', { params: { query: { level: 'NATIONAL', size: 100, page: 0 } }, signal })
          .then(unwrap),
      ]);
      const rank = (value: ForumLevel) => levels.indexOf(value);
      const seen = new Set<string>();
      return [...county.items, ...national.items].filter((forum) => {
        if (seen.has(forum.id) || rank(forum.level) >= rank(level) || forum.kind === 'WORKING_GROUP') return false;
        seen.add(forum.id);
        return true;
      });
    },
    enabled,
  });
}
