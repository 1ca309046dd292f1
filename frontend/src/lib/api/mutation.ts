import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseMutationResult,
} from '@tanstack/react-query';
import type { FetchResult } from './problem';
import type { Versioned } from './etag';
import { answer, type Answer } from './query';

/** How a change is sent: the typed client's call for the variables (`ifMatch(path, etag)` carries the ETag read). */
export type ApiCall<V, T> = (variables: V) => Promise<FetchResult<T>>;

/**
 * What a change does to the cache once the server accepted it; written once per feature where several changes share it.
 * In this order: `remove`, `set`, then `invalidate`, `stale` and `always` together, then `then`.
 */
export type CacheUpdate<V, D> = {
  /** The query of what the change removed: dropped without reading it again. */
  remove?: (variables: V) => QueryKey;
  /** The query whose data the answer now is: set without reading it again. */
  set?: (data: D, variables: V) => QueryKey;
  /** Queries the change made stale: those on screen are read again. */
  invalidate?: (data: D, variables: V) => readonly QueryKey[];
  /** Queries the change made stale that are read again only when next shown (the answer is already stored). */
  stale?: (data: D, variables: V) => readonly QueryKey[];
  /** Queries read again whether the change succeeded or not (a refusal may mean what is shown is old). */
  always?: (variables: V) => readonly QueryKey[];
  /** Anything else the feature does after a success. */
  then?: (data: D, variables: V, queryClient: QueryClient) => unknown;
  /** What the feature does after a failure. */
  failed?: (error: Error, variables: V, queryClient: QueryClient) => unknown;
};

/**
 * A feature's update after a change the server answers with the whole resource (`versioned: name`), for several
 * changes to share: `export const surveySaved = { versioned: 'survey', set: … } as const satisfies Saved<'survey', Survey>`.
 */
export type Saved<K extends string, T, V = unknown> = CacheUpdate<V, Versioned<K, T>> & { versioned: K };

function invalidateAll(
  queryClient: QueryClient,
  keys: readonly QueryKey[],
  refetchType: 'active' | 'none' = 'active',
): Promise<void>[] {
  return keys.map((queryKey) => queryClient.invalidateQueries({ queryKey, refetchType }));
}

/**
 * A change through the API: `call` sends it, a problem becomes an ApiError, the body is the mutation's data (with
 * `versioned: 'x'` it is `{ x: body, etag }`, carrying the new ETag), and `update` brings the cache up to date.
 */
export function useApiMutation<V, T, K extends string | undefined = undefined>(
  call: ApiCall<V, T>,
  { versioned: key, ...update }: CacheUpdate<V, Answer<T, K>> & { versioned?: K } = {},
): UseMutationResult<Answer<T, K>, Error, V> {
  const queryClient = useQueryClient();
  const { remove, set, invalidate, stale, always, then, failed } = update;
  return useMutation({
    mutationFn: async (variables: V) => answer<T, K>(await call(variables), key),
    onSuccess: async (data, variables) => {
      if (remove) queryClient.removeQueries({ queryKey: remove(variables) });
      if (set) queryClient.setQueryData(set(data, variables), data);
      await Promise.all([
        ...invalidateAll(queryClient, invalidate?.(data, variables) ?? []),
        ...invalidateAll(queryClient, stale?.(data, variables) ?? [], 'none'),
      ]);
      await then?.(data, variables, queryClient);
    },
    onError: failed && ((error, variables) => failed(error, variables, queryClient)),
    onSettled: always && ((_data, _error, variables) => Promise.all(invalidateAll(queryClient, always(variables)))),
  });
}
