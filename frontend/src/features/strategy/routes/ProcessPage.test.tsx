import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openDisclosure, renderPage } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { AGREEMENT_ID, phase, processMap } from '../testData';
import { expectGoneAndReadAgain, storedPart } from '../testParts';
import type { Phase, PhaseInput } from '../types';

const base = `/api/v1/agreements/${AGREEMENT_ID}`;
const page = `/agreements/${AGREEMENT_ID}/process`;
const phasePath = `${base}/process/phases/phase-1`;

/** The phase as the server keeps it: the process map shows it, its PUT checks If-Match and stores the input. */
function storedPhase() {
  return storedPart(phase() as unknown as Phase, {
    pagePath: `${base}/process`,
    pageOf: (part) => processMap({ phases: [part] }),
    emptyPage: () => processMap({ phases: [] }),
    writePath: phasePath,
    write: (stored, body) => {
      const input = body as PhaseInput;
      return {
        ...stored,
        name: input.name,
        description: input.description,
        goal: input.goal,
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
        checkpoints: input.checkpoints ?? [],
      };
    },
  });
}

describe('editing a phase of the process map', () => {
  it('saves the fields with the version it read, keeping the checklist and owner', async () => {
    const stored = storedPhase();
    const { api, user } = renderPage(page, stored.routes);
    const form = await openDisclosure(user, 'Ändra Förankring');
    await user.clear(form.getByRole('textbox', { name: 'Mål' }));
    await user.type(form.getByRole('textbox', { name: 'Mål' }), 'Parterna har beslutat om strategin');
    await user.click(form.getByRole('button', { name: 'Spara Förankring' }));

    await waitFor(() => expect(api.calls('PUT', phasePath)).toHaveLength(1));
    const [put] = api.calls('PUT', phasePath);
    expect(put.headers.get('If-Match')).toBe('"5"');
    expect(await put.json()).toEqual({
      name: 'Förankring',
      description: 'Strategin förankras hos parterna',
      goal: 'Parterna har beslutat om strategin',
      plannedStart: '2026-01-15',
      plannedEnd: '2026-06-30',
      actualStart: '2026-01-20',
      ownerOrganisationId: 'org-region',
      checkpoints: [
        { text: 'Samråd med kommunerna', done: true, doneOn: '2026-02-10' },
        { text: 'Beslut i styrgruppen', done: false },
      ],
    });
    await waitFor(() => expect(stored.stored.version).toBe(6));
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
  });

  it('shows what someone else saved meanwhile and re-applies my goal onto it, keeping their ticks', async () => {
    const stored = storedPhase();
    const { api, user } = renderPage(page, stored.routes);
    const form = await openDisclosure(user, 'Ändra Förankring');
    await user.type(form.getByRole('textbox', { name: 'Mål' }), ' och arbetar efter den');
    stored.changeMeanwhile({
      plannedEnd: '2026-09-30',
      checkpoints: [
        { text: 'Samråd med kommunerna', done: true, doneOn: '2026-02-10' },
        { text: 'Beslut i styrgruppen', done: true, doneOn: '2026-03-01' },
      ],
    });
    await user.click(form.getByRole('button', { name: 'Spara Förankring' }));

    expect(await conflictRow(/^Planerat slut/)).toEqual(['30 september 2026', '30 juni 2026', '30 september 2026']);
    expect(screen.queryByRole('row', { name: /^Mål/ })).toBeNull();
    expect(screen.getByText('Du har ändrat: Mål.')).toBeInTheDocument();
    await user.click(reapplyButton());

    await waitFor(() => expect(stored.stored.version).toBe(7));
    expect(api.calls('PUT', phasePath).map((put) => put.headers.get('If-Match'))).toEqual(['"5"', '"6"']);
    expect(stored.stored).toMatchObject({
      goal: 'Alla parter känner till strategin och arbetar efter den',
      plannedEnd: '2026-09-30',
      checkpoints: [
        { text: 'Samråd med kommunerna', done: true },
        { text: 'Beslut i styrgruppen', done: true, doneOn: '2026-03-01' },
      ],
    });
    // The page is read again: their tick shows in the checklist.
    const checklist = await screen.findByRole('group', { name: 'Checklista för Förankring' });
    await waitFor(() =>
      expect(within(checklist).getByRole('checkbox', { name: 'Beslut i styrgruppen' })).toBeChecked(),
    );
  });

  it('starts an untouched form again from the version a checklist tick on the page saved', async () => {
    const stored = storedPhase();
    const { api, user } = renderPage(page, stored.routes);
    const form = await openDisclosure(user, 'Ändra Förankring');
    await user.click(screen.getByRole('checkbox', { name: 'Beslut i styrgruppen' }));
    await waitFor(() => expect(stored.stored.version).toBe(6));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Beslut i styrgruppen' })).toBeEnabled());

    await user.clear(form.getByRole('textbox', { name: /Fasens namn/ }));
    await user.type(form.getByRole('textbox', { name: /Fasens namn/ }), 'Förankring hos parterna');
    await user.click(form.getByRole('button', { name: 'Spara Förankring' }));
    await waitFor(() => expect(stored.stored.version).toBe(7));
    expect(api.calls('PUT', phasePath).map((put) => put.headers.get('If-Match'))).toEqual(['"5"', '"6"']);
    expect(stored.stored).toMatchObject({
      name: 'Förankring hos parterna',
      checkpoints: [{ done: true }, { text: 'Beslut i styrgruppen', done: true }],
    });
  });

  it('keeps what is typed when a checklist tick on the page saves the phase, and the save meets it as a conflict', async () => {
    const stored = storedPhase();
    const { api, user } = renderPage(page, stored.routes);
    const form = await openDisclosure(user, 'Ändra Förankring');
    await user.type(form.getByRole('textbox', { name: 'Mål' }), ' och arbetar efter den');
    await user.click(screen.getByRole('checkbox', { name: 'Beslut i styrgruppen' }));
    await waitFor(() => expect(stored.stored.version).toBe(6));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Beslut i styrgruppen' })).toBeChecked());
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Beslut i styrgruppen' })).toBeEnabled());
    expect(form.getByRole('textbox', { name: 'Mål' })).toHaveValue(
      'Alla parter känner till strategin och arbetar efter den',
    );

    await user.click(form.getByRole('button', { name: 'Spara Förankring' }));
    expect(await screen.findByText('Du har ändrat: Mål.')).toBeInTheDocument();
    await user.click(reapplyButton());

    await waitFor(() => expect(stored.stored.version).toBe(7));
    expect(api.calls('PUT', phasePath).map((put) => put.headers.get('If-Match'))).toEqual(['"5"', '"5"', '"6"']);
    expect(stored.stored).toMatchObject({
      goal: 'Alla parter känner till strategin och arbetar efter den',
      checkpoints: [
        { text: 'Samråd med kommunerna', done: true },
        { text: 'Beslut i styrgruppen', done: true },
      ],
    });
  });

  it.each(['traced', 'untraced'] as const)(
    'says that a phase someone else removed (%s: 412, 404) is gone and my change not saved, and reads the list again',
    async (how) => {
      const stored = storedPhase();
      const { api, user } = renderPage(page, stored.routes);
      const form = await openDisclosure(user, 'Ändra Förankring');
      await user.type(form.getByRole('textbox', { name: 'Mål' }), ' och arbetar efter den');
      stored.removeMeanwhile(how);
      await user.click(form.getByRole('button', { name: 'Spara Förankring' }));

      await expectGoneAndReadAgain(
        {
          text: 'Fasen Förankring finns inte längre – någon annan har tagit bort den.',
          pagePath: `${base}/process`,
        },
        api,
        user,
      );
      expect(screen.queryByText('Ändra Förankring')).toBeNull();
    },
  );
});
