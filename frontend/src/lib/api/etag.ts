import { unwrap, type FetchResult } from './problem';

/** The ETag of a response, or one made from the version in the body when a proxy dropped the header. */
export function etagOf(response: Response, version: number): string {
  return response.headers.get('ETag') ?? `"${version}"`;
}

/** The ETag of a part that is read inside its parent (no header of its own): its version, quoted. */
export function etagOfVersion(version: number): string {
  return `"${version}"`;
}

/** The parameters of a write to a versioned resource: its path, and the ETag it was read with as If-Match. */
export function ifMatch<P>(path: P, etag: string): { path: P; header: { 'If-Match': string } } {
  return { path, header: { 'If-Match': etag } };
}

/** A read of a versioned resource with its ETag beside it, the body under the feature's name for it (`{ call, etag }`). */
export type Versioned<K extends string, T> = { [P in K]: T } & { etag: string };

/** Unwraps a read of a versioned resource and keeps its ETag (or its version, quoted) beside it, under `key`. */
export function versioned<K extends string, T extends { version: number }>(
  key: K,
  result: FetchResult<T>,
): Versioned<K, T> {
  const body = unwrap(result);
  return { [key]: body, etag: etagOf(result.response, body.version) } as Versioned<K, T>;
}
