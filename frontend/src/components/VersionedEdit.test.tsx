import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api';
import { useVersionedEdit } from './VersionedEdit';

/** The page's record as it reads it: a title at a version. */
type Read = { title: string; version: number };
type Input = { title: string };

const stale = () =>
  new ApiError(412, {
    status: 412,
    type: 'urn:samverkan:problem:precondition-failed',
    title: 'Precondition Failed',
    detail: 'The resource has been changed since you read it',
  });

const snapshotOf = (read: Read) => ({ input: { title: read.title }, etag: `"${read.version}"` });

/** A form inside the record's page: the page reads version 1, and someone else stored version 2 meanwhile. */
function followingForm() {
  const stored: Read = { title: 'Theirs', version: 2 };
  const save = vi.fn((_: Input, etag: string) =>
    etag === `"${stored.version}"` ? Promise.resolve() : Promise.reject(stale()),
  );
  const hook = renderHook(
    ({ read }: { read: Read }) =>
      useVersionedEdit({ read, readAgain: () => Promise.resolve(stored), snapshotOf, save, follow: true }),
    { initialProps: { read: { title: 'First', version: 1 } } },
  );
  return { ...hook, stored, save };
}

describe('a form that follows the page’s record', () => {
  it('starts again from a newer version the page reads while it holds no unsaved changes', () => {
    const { result, rerender, stored } = followingForm();
    act(() => result.current.reportUnsaved(false));
    rerender({ read: stored });
    expect(result.current.base).toEqual({ input: { title: 'Theirs' }, etag: '"2"' });
    expect(result.current.start.input).toEqual({ title: 'Theirs' });
    expect(result.current.formKey).toBe(1);
  });

  it('keeps what is typed when the page reads a newer version, and its save meets that version as a conflict', async () => {
    const { result, rerender, stored, save } = followingForm();
    act(() => result.current.reportUnsaved(true));
    // e.g. a refetch on window focus, or another form on the page that saved
    rerender({ read: stored });
    expect(result.current.base.etag).toBe('"1"');
    expect(result.current.formKey).toBe(0);
    expect(result.current.hasUnsavedChanges).toBe(true);

    await act(() => result.current.submit({ title: 'Mine' }));
    expect(save).toHaveBeenCalledWith({ title: 'Mine' }, '"1"');
    expect(result.current.conflict).toEqual({
      latest: { input: { title: 'Theirs' }, etag: '"2"' },
      mine: { title: 'Mine' },
    });
    await act(() => result.current.reapply());
    expect(save).toHaveBeenLastCalledWith({ title: 'Mine' }, '"2"');
    expect(result.current.conflict).toBeNull();
    expect(result.current.hasUnsavedChanges).toBe(false);
  });

  it('once saved, follows the page’s record again', async () => {
    const { result, rerender, stored } = followingForm();
    act(() => result.current.reportUnsaved(true));
    stored.version = 1;
    await act(() => result.current.submit({ title: 'Mine' }));
    expect(result.current.hasUnsavedChanges).toBe(false);
    rerender({ read: { title: 'Mine', version: 2 } });
    expect(result.current.base).toEqual({ input: { title: 'Mine' }, etag: '"2"' });
  });
});

describe('taking the latest version on the conflict screen', () => {
  it('tells the page (onReload), and the form shows the latest version', async () => {
    const stored: Read = { title: 'Theirs', version: 2 };
    const onReload = vi.fn();
    const { result } = renderHook(() =>
      useVersionedEdit({
        read: { title: 'First', version: 1 },
        readAgain: () => Promise.resolve(stored),
        snapshotOf,
        save: () => Promise.reject(stale()),
        follow: true,
        onReload,
      }),
    );
    act(() => result.current.reload());
    expect(onReload).not.toHaveBeenCalled();

    await act(() => result.current.submit({ title: 'Mine' }));
    expect(result.current.conflict).not.toBeNull();
    act(() => result.current.reload());
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(result.current.conflict).toBeNull();
    expect(result.current.base).toEqual({ input: { title: 'Theirs' }, etag: '"2"' });
    expect(result.current.start).toEqual({ input: { title: 'Theirs' }, reloaded: true });
  });
});

describe('a form that does not follow the page’s record', () => {
  it('stays on the version it opened with when the page reads a newer one', () => {
    const { result, rerender } = renderHook(
      ({ read }: { read: Read }) =>
        useVersionedEdit({
          read,
          readAgain: () => Promise.resolve(read),
          snapshotOf,
          save: () => Promise.resolve(),
        }),
      { initialProps: { read: { title: 'First', version: 1 } } },
    );
    rerender({ read: { title: 'Theirs', version: 2 } });
    expect(result.current.base.etag).toBe('"1"');
    expect(result.current.formKey).toBe(0);
  });
});
