/** The ETag of a response, or one made from the version in the body when a proxy dropped the header. */
export function etagOf(response: Response, version: number): string {
  return response.headers.get('ETag') ?? `"${version}"`;
}

/** The ETag of a part that is read inside its parent (no header of its own): its version, quoted. */
export function etagOfVersion(version: number): string {
  return `"${version}"`;
}
