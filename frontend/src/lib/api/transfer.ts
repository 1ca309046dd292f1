import { commonHeaders } from './client';
import { toApiError } from './problem';

export type UploadProgress = { loaded: number; total: number | undefined };

/**
 * Sends a body with XMLHttpRequest, whose upload events (unlike fetch's) tell how much has been sent, and answers
 * with the parsed JSON body; a failed call throws an ApiError like the typed client's.
 */
export async function uploadWithProgress(options: {
  method: string;
  path: string;
  body: Blob;
  contentType: string;
  headers?: Record<string, string>;
  onProgress?: (progress: UploadProgress) => void;
}): Promise<{ data: unknown; etag: string | null }> {
  const headers = { ...(await commonHeaders()), 'Content-Type': options.contentType, ...options.headers };
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(options.method, options.path);
    Object.entries(headers).forEach(([name, value]) => request.setRequestHeader(name, value));
    request.upload.onprogress = (event) =>
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : undefined });
    request.onerror = () => reject(new TypeError('Network error'));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      const response = new Response(null, { status: request.status });
      if (request.status >= 200 && request.status < 300)
        resolve({ data: body, etag: request.getResponseHeader('ETag') });
      else reject(toApiError(body, response));
    };
    request.send(options.body);
  });
}

/** Fetches a file with the caller's credentials and hands it to the browser as a download. */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const response = await globalThis.fetch(path, { headers: await commonHeaders() });
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    throw toApiError(body, response);
  }
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}
