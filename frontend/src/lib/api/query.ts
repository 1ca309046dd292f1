import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { versioned, type Versioned } from './etag';
import { unwrap, type FetchResult } from './problem';

/** How a read is sent: the typed client's call, handed the query's abort signal. */
export type ApiRead<T> = (signal: AbortSignal) => Promise<FetchResult<T>>;

/** A read's options besides its key and function (enabled, select, placeholderData, staleTime, …). */
export type ApiQueryOptions<D, S> = Omit<UseQueryOptions<D, Error, S>, 'queryKey' | 'queryFn'>;

/** A read's or change's data: the body, or with a name (`versioned: 'x'`) `{ x: body, etag }`. */
export type Answer<T, K extends string | undefined> = K extends string
  ? T extends { version: number }
    ? Versioned<K, T>
    : never
  : T;

/**
 * A read of the API under `queryKey`: a problem becomes an ApiError, the body the query's data; with `versioned: 'x'`
 * the data is `{ x: body, etag }`, the ETag to send back as If-Match.
 */
export function useApiQuery<T, K extends string | undefined = undefined, S = Answer<T, K>>(
  queryKey: QueryKey,
  read: ApiRead<T>,
  { versioned: key, ...options }: ApiQueryOptions<Answer<T, K>, S> & { versioned?: K } = {},
): UseQueryResult<S> {
  return useQuery({
    ...options,
    queryKey,
    queryFn: async ({ signal }) => answer<T, K>(await read(signal), key),
  });
}

/** The body of an answer, or with `key` the body under that name with its ETag beside it (`versioned`). */
export function answer<T, K extends string | undefined>(result: FetchResult<T>, key: K | undefined): Answer<T, K> {
  // A key names a versioned resource, whose body has a version.
  return (
    key === undefined ? unwrap(result) : versioned(key, result as FetchResult<T & { version: number }>)
  ) as Answer<T, K>;
}

/** A read of one versioned resource: `{ [name]: body, etag }` under `queryKey` (`useApiQuery` with `versioned`). */
export function useVersionedQuery<K extends string, T extends { version: number }>(
  name: K,
  queryKey: QueryKey,
  read: ApiRead<T>,
  options: ApiQueryOptions<Versioned<K, T>, Versioned<K, T>> = {},
): UseQueryResult<Versioned<K, T>> {
  return useQuery({ ...options, queryKey, queryFn: async ({ signal }) => versioned(name, await read(signal)) });
}
