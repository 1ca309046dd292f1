import { downloadFile } from '../../../lib/api';

/** Downloads a version of a document's file (`GET /api/v1/documents/{id}/content`) with the caller's credentials. */
export function downloadDocument(id: string, fileName: string, version?: number): Promise<void> {
  const query = version === undefined ? '' : `?version=${version}`;
  return downloadFile(`/api/v1/documents/${encodeURIComponent(id)}/content${query}`, fileName);
}
