import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** The problem types of the API (`urn:samverkan:problem:<slug>`). */
export type ProblemSlug =
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'precondition-required'
  | 'precondition-failed'
  | 'unauthorized'
  | 'forbidden'
  | 'bad-request'
  | 'internal';

const PROBLEM_PREFIX = 'urn:samverkan:problem:';

/** A failed API call: the HTTP status, the problem body if the server sent one, and messages per input field. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  /** Field name (the JSON property of the input, e.g. `organisationNumber`) → message(s) for it. */
  readonly fieldErrors: Record<string, string>;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.fieldErrors = toFieldErrors(problem);
  }

  /** The slug of the problem type, e.g. `validation`, or undefined when the body was not one of ours. */
  get slug(): string | undefined {
    const type = this.problem?.type;
    return type?.startsWith(PROBLEM_PREFIX) ? type.slice(PROBLEM_PREFIX.length) : undefined;
  }

  /** The business rule a 409 names, e.g. `adoption-needs-two-parties`. */
  get rule(): string | undefined {
    return this.problem?.rule || undefined;
  }

  is(slug: ProblemSlug): boolean {
    return this.slug === slug;
  }
}

/** Messages per field; several messages for the same field are joined into one sentence list. */
export function toFieldErrors(problem: Problem | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { field, message } of problem?.errors ?? []) {
    if (!field) continue;
    result[field] = result[field] ? `${result[field]}; ${message}` : message;
  }
  return result;
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).title === 'string' &&
    typeof (body as Problem).status === 'number'
  );
}

/** Turns what openapi-fetch gives for a failed response into an ApiError. */
export function toApiError(body: unknown, response: Response): ApiError {
  return new ApiError(response.status, isProblem(body) ? body : undefined);
}

/** What a call of the typed client answers: its body or its problem, and the response. */
export type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Returns the data of a successful call, throws an ApiError for a failed one. */
export function unwrap<T>(result: FetchResult<T>): T {
  if (result.error !== undefined || !result.response.ok) {
    throw toApiError(result.error, result.response);
  }
  return result.data as T;
}

/** Whether a read failed because the thing is not there (or not visible); a malformed id (400) counts as unknown. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

/** Whether a change was refused because someone else changed the thing since it was read (412). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || error.is('precondition-failed'));
}
