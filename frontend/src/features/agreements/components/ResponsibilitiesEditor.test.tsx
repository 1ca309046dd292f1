import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, versioned } from '../../../test/fakeApi';
import { renderPage } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { agreement, AGREEMENT_ID, goalArea, GOAL_AREA_ID, org } from '../testData';
import type { GoalArea, Responsibility } from '../types';

const goalAreaPath = `/api/v1/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}`;
const AF_ID = '30000000-0000-4000-8000-000000000002';
const afPath = `${goalAreaPath}/responsibilities/${AF_ID}`;

/**
 * The goal area page over a stored goal area whose responsibilities are written as the server does: a write with an
 * older version of the row is refused (412), one with its version replaces it and the version goes up.
 */
function renderGoalArea() {
  let stored: GoalArea = goalArea;
  // Rows removed with a trace in the history: a write to one is stale (412), as the server says.
  const removed = new Set<string>();
  const row = (id: string) => {
    return stored.responsibilities.find((responsibility) => responsibility.id === id);
  };
  const replace = (id: string, patch: Partial<Responsibility>) => {
    stored = {
      ...stored,
      version: stored.version + 1,
      responsibilities: stored.responsibilities.map((responsibility) =>
        responsibility.id === id
          ? { ...responsibility, ...patch, version: responsibility.version + 1 }
          : responsibility,
      ),
    };
  };
  const page = renderPage(`/agreements/${AGREEMENT_ID}/goal-areas/${GOAL_AREA_ID}/edit`, [
    { path: `/api/v1/agreements/${AGREEMENT_ID}`, respond: () => json(agreement()) },
    { path: goalAreaPath, respond: () => versioned(stored, stored.version) },
    {
      method: 'PUT',
      path: new RegExp(`^${goalAreaPath}/responsibilities/[^/]+$`),
      respond: async (request) => {
        const id = new URL(request.url).pathname.split('/').pop() ?? '';
        const current = row(id);
        if (!current && removed.has(id))
          return problem(412, 'precondition-failed', 'Någon annan har tagit bort detta sedan du läste det');
        if (!current) return problem(404, 'not-found', `Ansvaret ${id} hittades inte`);
        if (request.headers.get('If-Match') !== `"${current.version}"`)
          return problem(412, 'precondition-failed', 'The responsibility has been changed since you read it');
        const body = (await request.clone().json()) as { organisationId?: string; kind: 'RESPONSIBLE'; level: 'LOCAL' };
        const organisation = Object.values(org).find((candidate) => candidate.id === body.organisationId);
        replace(id, { organisation, kind: body.kind, level: body.level });
        return json(row(id));
      },
    },
  ]);
  return {
    ...page,
    get stored() {
      return stored;
    },
    /** Someone else's save of a row. */
    changeMeanwhile: replace,
    /** Someone else's removal of a row; without a trace the server no longer knows it (404, not 412). */
    removeMeanwhile(id: string, { trace = true } = {}) {
      if (trace) removed.add(id);
      stored = {
        ...stored,
        version: stored.version + 1,
        responsibilities: stored.responsibilities.filter((responsibility) => responsibility.id !== id),
      };
    },
  };
}

/**
 * The list's "Ändra" button of a row (looked for in the list: the whole page is slow to search by name); jsdom drops
 * the space before the hidden name.
 */
const editButton = async (name: string) =>
  within(await screen.findByRole('table', { name: /^Ansvar i målområde/ })).getByRole('button', {
    name: (accessible) => accessible.replace(/\s/g, '') === `Ändra${name}`.replace(/\s/g, ''),
  });

async function chooseLevel(user: ReturnType<typeof renderGoalArea>['user'], level: string) {
  await user.click(screen.getByRole('button', { name: /Nivå/ }));
  await user.click(await screen.findByRole('option', { name: level }));
}

describe('changing a responsibility', () => {
  it('saves the row with its version as If-Match and closes the form', async () => {
    const page = renderGoalArea();
    const { api, user } = page;
    await user.click(await editButton(org.arbetsformedlingen.name));
    expect(screen.getByRole('heading', { name: `Ändra ansvar: ${org.arbetsformedlingen.name}` })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Övrig part' }));
    await user.click(screen.getByRole('button', { name: 'Spara ansvaret' }));

    expect(await screen.findByText('Ansvaret är ändrat.')).toBeInTheDocument();
    const [put] = api.calls('PUT', afPath);
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(await put.json()).toEqual({
      organisationId: org.arbetsformedlingen.id,
      allOtherSignatories: false,
      kind: 'OTHER',
      level: 'LOCAL',
    });
    expect(screen.getByRole('heading', { name: 'Lägg till ansvar' })).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: new RegExp(`^${org.arbetsformedlingen.name}`) });
    await waitFor(() => expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('Övrig part'));
  });

  it('shows the party and kind someone else saved meanwhile and re-applies my level onto them with the new version', async () => {
    const page = renderGoalArea();
    const { api, user } = page;
    await user.click(await editButton(org.arbetsformedlingen.name));
    await chooseLevel(user, 'Regional nivå (länsövergripande)');
    page.changeMeanwhile(AF_ID, { organisation: org.koping, kind: 'OTHER' });
    await user.click(screen.getByRole('button', { name: 'Spara ansvaret' }));

    expect(await conflictRow(/^Part Köpings kommun/)).toEqual([
      'Köpings kommun',
      'Arbetsförmedlingen Norra Mälardalen',
      'Köpings kommun',
    ]);
    expect(await conflictRow(/^Ansvar/)).toEqual(['Övrig part', 'Ansvarig part', 'Övrig part']);
    // Only what they changed has a row; what I changed is named below the table.
    expect(screen.queryByRole('row', { name: /^Nivå/ })).toBeNull();
    expect(screen.getByText('Du har ändrat: Nivå.')).toBeInTheDocument();
    await user.click(reapplyButton());

    expect(await screen.findByText('Ansvaret är ändrat.')).toBeInTheDocument();
    expect(screen.queryByText('Någon annan har sparat en nyare version')).toBeNull();
    const puts = api.calls('PUT', afPath);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"0"', '"1"']);
    expect(await puts[1].json()).toEqual({
      organisationId: org.koping.id,
      allOtherSignatories: false,
      kind: 'OTHER',
      level: 'REGIONAL',
    });
    expect(page.stored.responsibilities.find((responsibility) => responsibility.id === AF_ID)).toMatchObject({
      organisation: org.koping,
      kind: 'OTHER',
      level: 'REGIONAL',
      version: 2,
    });
    expect(screen.getByRole('heading', { name: 'Lägg till ansvar' })).toBeInTheDocument();
  });

  it('says that the row someone else removed meanwhile is gone and my change not saved (412), and closes the form', async () => {
    const page = renderGoalArea();
    const { api, user } = page;
    await user.click(await editButton(org.arbetsformedlingen.name));
    await user.click(screen.getByRole('radio', { name: 'Övrig part' }));
    page.removeMeanwhile(AF_ID);
    await user.click(screen.getByRole('button', { name: 'Spara ansvaret' }));

    const gone = 'Ansvaret finns inte längre – någon annan har tagit bort det.';
    const alert = (await screen.findByText(gone)).closest<HTMLElement>('[role=alert]');
    if (!alert) throw new Error('The message is no alert');
    expect(alert).toHaveFocus();
    expect(within(alert).getByText(/Din ändring är inte sparad/)).toBeInTheDocument();
    expect(screen.getAllByText(gone)).toHaveLength(1);
    expect(screen.queryByText('Något gick fel')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Spara ansvaret' })).toBeNull();
    const reads = api.calls('GET', goalAreaPath).length;
    await user.click(within(alert).getByRole('button', { name: 'Läs in listan igen' }));

    await waitFor(() => expect(api.calls('GET', goalAreaPath).length).toBe(reads + 1));
    const table = await screen.findByRole('table', { name: /^Ansvar i målområde/ });
    expect(within(table).queryByRole('row', { name: new RegExp(`^${org.arbetsformedlingen.name}`) })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Lägg till ansvar' })).toBeInTheDocument();
    expect(screen.queryByText(gone)).toBeNull();
  });

  it('on a 404 too says that the row is gone, not a bare error, and reads the list again', async () => {
    const page = renderGoalArea();
    const { api, user } = page;
    await user.click(await editButton(org.arbetsformedlingen.name));
    await user.click(screen.getByRole('radio', { name: 'Övrig part' }));
    page.removeMeanwhile(AF_ID, { trace: false });
    await user.click(screen.getByRole('button', { name: 'Spara ansvaret' }));

    const gone = 'Ansvaret finns inte längre – någon annan har tagit bort det.';
    const alert = (await screen.findByText(gone)).closest<HTMLElement>('[role=alert]');
    if (!alert) throw new Error('The message is no alert');
    expect(within(alert).getByText(/Din ändring är inte sparad/)).toBeInTheDocument();
    expect(screen.queryByText(/hittades inte/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Spara ansvaret' })).toBeNull();
    const reads = api.calls('GET', goalAreaPath).length;
    await user.click(within(alert).getByRole('button', { name: 'Läs in listan igen' }));

    await waitFor(() => expect(api.calls('GET', goalAreaPath).length).toBe(reads + 1));
    const table = await screen.findByRole('table', { name: /^Ansvar i målområde/ });
    await waitFor(() =>
      expect(within(table).queryByRole('row', { name: new RegExp(`^${org.arbetsformedlingen.name}`) })).toBeNull(),
    );
    expect(screen.getByRole('heading', { name: 'Lägg till ansvar' })).toBeInTheDocument();
    expect(screen.queryByText(gone)).toBeNull();
  });
});
