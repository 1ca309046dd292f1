import { commonHeaders, toApiError, type UploadProgress } from '../../../lib/api';

/**
 * Sends multipart form data with XMLHttpRequest, whose upload events tell how much has been sent; the browser sets
 * the multipart boundary itself. Answers with the parsed JSON body; a refusal throws an ApiError.
 */
export async function sendForm<T>(options: {
  path: string;
  body: FormData;
  headers?: Record<string, string>;
  onProgress?: (progress: UploadProgress) => void;
}): Promise<T> {
  const headers = { ...(await commonHeaders()), ...options.headers };
  delete (headers as Record<string, string>)['Content-Type'];
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', options.path);
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
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(toApiError(body, new Response(null, { status: request.status })));
    };
    request.send(options.body);
  });
}
