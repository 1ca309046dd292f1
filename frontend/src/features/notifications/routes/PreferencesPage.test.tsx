import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import type { Category, Frequency } from '../types';

// The page is a signed-in person's own: Keycloak is not there in a test, so the session says who is signed in.
vi.mock('../../../lib/auth/auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/auth/auth')>()),
  useAuth: () => ({ available: true, authenticated: true, username: 'member.vasteras' }),
}));

const path = '/api/v1/notification-preferences';

type Stored = { preferences: { category: Category; frequency: Frequency }[]; version: number };

function preferencesResource() {
  const resource = versionedResource<Stored>(path, {
    preferences: [{ category: 'MEETING', frequency: 'OFF' }],
    version: 2,
  });
  const api = fakeApi([
    ...resource.routes,
    { path: '/api/v1/notifications/unread-count', respond: () => json({ count: 0 }) },
    ...baseRoutes(),
  ]);
  return { resource, api };
}

const group = (name: string) => screen.findByRole('radiogroup', { name });
const frequencyOf = (stored: Stored, category: Category) =>
  stored.preferences.find((p) => p.category === category)?.frequency;

describe('my mail preferences', () => {
  it('on 412 shows the choice saved elsewhere in words and re-applies mine with the new ETag', async () => {
    const { resource, api } = preferencesResource();
    const user = userEvent.setup();
    renderApp('/notifications/preferences');
    await user.click(within(await group('Enkäter (lägesbild)')).getByRole('radio', { name: 'Veckosammanfattning' }));
    // e.g. another tab, or an unsubscribe link followed meanwhile
    resource.changeMeanwhile({
      preferences: [
        { category: 'MEETING', frequency: 'OFF' },
        { category: 'FOLLOW_UP', frequency: 'DAILY' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await conflictRow(/^Uppföljning/)).toEqual(['Daglig sammanfattning', 'Direkt', 'Daglig sammanfattning']);
    expect(screen.getByText('Du har ändrat: Enkäter (lägesbild).')).toBeInTheDocument();
    await user.click(reapplyButton());

    expect(await screen.findByText('Dina val är sparade.')).toBeInTheDocument();
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
    expect(api.calls('PUT', path).map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(frequencyOf(resource.stored, 'FOLLOW_UP')).toBe('DAILY');
    expect(frequencyOf(resource.stored, 'SURVEY')).toBe('WEEKLY');
    expect(frequencyOf(resource.stored, 'MEETING')).toBe('OFF');
    expect(within(await group('Uppföljning')).getByRole('radio', { name: 'Daglig sammanfattning' })).toBeChecked();
  });

  it('saves every category with the version read, and goes on from the version saved', async () => {
    const { resource, api } = preferencesResource();
    const user = userEvent.setup();
    renderApp('/notifications/preferences');
    const meetings = await group('Möten och protokoll');
    expect(within(meetings).getByRole('radio', { name: 'Ingen e-post' })).toBeChecked();
    await user.click(within(meetings).getByRole('radio', { name: 'Daglig sammanfattning' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Dina val är sparade.')).toBeInTheDocument();
    expect(resource.stored.preferences).toHaveLength(6);
    expect(frequencyOf(resource.stored, 'MEETING')).toBe('DAILY');
    expect(frequencyOf(resource.stored, 'AGREEMENT')).toBe('IMMEDIATELY');

    await user.click(within(await group('Uppdrag')).getByRole('radio', { name: 'Ingen e-post' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(frequencyOf(resource.stored, 'ACTION_ITEM')).toBe('OFF'));
    expect(api.calls('PUT', path).map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
  });
});
