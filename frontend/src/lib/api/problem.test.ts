import { describe, expect, it } from 'vitest';
import { ApiError, toApiError, toFieldErrors, unwrap } from './problem';

const validation = {
  type: 'urn:samverkan:problem:validation',
  title: 'The request contains invalid values',
  status: 400,
  detail: '2 fields are invalid',
  errors: [
    { field: 'organisationNumber', message: 'must be ten digits (NNNNNN-NNNN) with a valid check digit' },
    { field: 'name', message: 'must not be blank' },
    { field: 'name', message: 'must be at most 200 characters' },
  ],
};

describe('toFieldErrors', () => {
  it('maps each field to its message and joins several messages for one field', () => {
    expect(toFieldErrors(validation)).toEqual({
      organisationNumber: 'must be ten digits (NNNNNN-NNNN) with a valid check digit',
      name: 'must not be blank; must be at most 200 characters',
    });
  });

  it('is empty without errors or without a problem', () => {
    expect(toFieldErrors({ ...validation, errors: undefined })).toEqual({});
    expect(toFieldErrors(undefined)).toEqual({});
  });
});

describe('toApiError', () => {
  it('keeps the problem, its slug and its field errors', () => {
    const error = toApiError(validation, new Response(null, { status: 400 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.slug).toBe('validation');
    expect(error.is('validation')).toBe(true);
    expect(error.message).toBe('2 fields are invalid');
    expect(error.fieldErrors.organisationNumber).toMatch(/check digit/);
  });

  it('copes with a body that is not a problem (e.g. an HTML error page from a proxy)', () => {
    const error = toApiError('<html>Bad gateway</html>', new Response(null, { status: 502 }));
    expect(error.status).toBe(502);
    expect(error.problem).toBeUndefined();
    expect(error.slug).toBeUndefined();
    expect(error.fieldErrors).toEqual({});
    expect(error.message).toBe('HTTP 502');
  });
});

describe('unwrap', () => {
  it('returns the data of a successful response', () => {
    expect(unwrap({ data: { ok: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ ok: 1 });
  });

  it('throws an ApiError for a failed one', () => {
    const failed = () =>
      unwrap({
        error: { ...validation, status: 412, type: 'urn:samverkan:problem:precondition-failed', errors: undefined },
        response: new Response(null, { status: 412 }),
      });
    expect(failed).toThrow(ApiError);
    try {
      failed();
    } catch (error) {
      expect((error as ApiError).is('precondition-failed')).toBe(true);
    }
  });
});
