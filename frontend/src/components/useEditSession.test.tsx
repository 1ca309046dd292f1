import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api';
import { useEditSession, type Snapshot } from './useEditSession';

type Input = { title: string; text: string };

const stale = () =>
  new ApiError(412, {
    status: 412,
    type: 'urn:samverkan:problem:precondition-failed',
    title: 'Precondition Failed',
    detail: 'The resource has been changed since you read it',
  });

describe('an edit session whose form stays open after saving', () => {
  it('saves the next time with the ETag of the version it saved', async () => {
    const save = vi.fn((input: Input, etag: string): Promise<Snapshot<Input>> =>
      Promise.resolve({ input, etag: `${etag}+1` }),
    );
    const { result } = renderHook(() =>
      useEditSession<Input>({
        initial: { input: { title: 'A', text: '' }, etag: '"1"' },
        fetchLatest: () => Promise.reject(new Error('not read')),
        save,
      }),
    );
    await act(() => result.current.submit({ title: 'B', text: '' }));
    await act(() => result.current.submit({ title: 'C', text: '' }));
    expect(save.mock.calls.map(([, etag]) => etag)).toEqual(['"1"', '"1"+1']);
    expect(result.current.base).toEqual({ input: { title: 'C', text: '' }, etag: '"1"+1+1' });
  });

  it('after re-applying, shows what was saved and goes on from that version', async () => {
    const latest = { input: { title: 'A', text: 'theirs' }, etag: '"2"' };
    const save = vi.fn((input: Input, etag: string): Promise<Snapshot<Input>> =>
      etag === '"1"'
        ? Promise.reject(stale())
        : Promise.resolve({ input: { ...input, text: input.text.trim() }, etag: '"3"' }),
    );
    const { result } = renderHook(() =>
      useEditSession<Input>({
        initial: { input: { title: 'A', text: '' }, etag: '"1"' },
        fetchLatest: () => Promise.resolve(latest),
        save,
      }),
    );
    await act(() => result.current.submit({ title: 'Mine', text: '' }));
    expect(result.current.conflict?.latest).toEqual(latest);
    const formKey = result.current.formKey;
    await act(() => result.current.reapply());
    expect(save.mock.calls.at(-1)).toEqual([{ title: 'Mine', text: 'theirs' }, '"2"']);
    expect(result.current.conflict).toBeNull();
    expect(result.current.start.input).toEqual({ title: 'Mine', text: 'theirs' });
    expect(result.current.base.etag).toBe('"3"');
    expect(result.current.formKey).toBe(formKey + 1);
  });

  it('starts the form again from the version saved when asked to', async () => {
    const { result } = renderHook(() =>
      useEditSession<Input>({
        initial: { input: { title: 'A', text: '' }, etag: '"1"' },
        fetchLatest: () => Promise.reject(new Error('not read')),
        save: (input) => Promise.resolve({ input: { ...input, text: 'from the server' }, etag: '"2"' }),
        restartOnSave: true,
      }),
    );
    await act(() => result.current.submit({ title: 'B', text: '' }));
    expect(result.current.start.input).toEqual({ title: 'B', text: 'from the server' });
    expect(result.current.base.etag).toBe('"2"');
    expect(result.current.formKey).toBe(1);
  });
  it('when the record is removed between the conflict screen and re-applying, goes back to the form saying why', async () => {
    const latest = { input: { title: 'A', text: 'theirs' }, etag: '"2"' };
    const gone = new Error('The record was removed meanwhile');
    let removed = false;
    const save = vi.fn((): Promise<Snapshot<Input>> => Promise.reject(stale()));
    const { result } = renderHook(() =>
      useEditSession<Input>({
        initial: { input: { title: 'A', text: '' }, etag: '"1"' },
        fetchLatest: () => (removed ? Promise.reject(gone) : Promise.resolve(latest)),
        save,
      }),
    );
    await act(() => result.current.submit({ title: 'Mine', text: '' }));
    expect(result.current.conflict?.latest).toEqual(latest);
    removed = true;
    await act(() => result.current.reapply());
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current.conflict).toBeNull();
    expect(result.current.isReapplying).toBe(false);
    expect(result.current.start).toEqual({ input: { title: 'Mine', text: 'theirs' }, error: gone });
    expect(result.current.hasUnsavedChanges).toBe(true);
  });
});
