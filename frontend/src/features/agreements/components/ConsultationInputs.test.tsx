import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../../../test/fakeApi';
import { renderPage } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { agreement, AGREEMENT_ID, goalArea, org } from '../testData';
import type { ConsultationInput } from '../types';

const INPUT_ID = '60000000-0000-4000-8000-000000000001';
const listPath = `/api/v1/agreements/${AGREEMENT_ID}/consultation-inputs`;
const inputPath = `${listPath}/${INPUT_ID}`;

const ours: ConsultationInput = {
  id: INPUT_ID,
  agreementId: AGREEMENT_ID,
  organisation: org.vasteras,
  text: 'Vi vill se fler praktikplatser.',
  createdAt: '2026-03-02T09:00:00Z',
  createdBy: 'member.vasteras',
  updatedAt: '2026-03-02T09:00:00Z',
  updatedBy: 'member.vasteras',
  editable: true,
  version: 0,
};

/**
 * The agreement page in consultation, for a party member, over a stored input written as the server does: a write
 * with an older version is refused (412), one with its version replaces section and text and the version goes up.
 */
function renderConsultation() {
  let stored = ours;
  const page = renderPage(`/agreements/${AGREEMENT_ID}`, [
    {
      path: `/api/v1/agreements/${AGREEMENT_ID}`,
      respond: () =>
        json(
          agreement({
            status: 'CONSULTATION',
            permissions: { ...agreement().permissions, edit: false, giveConsultationInput: true },
          }),
        ),
    },
    { path: listPath, respond: () => json([stored]) },
    {
      method: 'PUT',
      path: inputPath,
      respond: async (request) => {
        if (request.headers.get('If-Match') !== `"${stored.version}"`)
          return problem(412, 'precondition-failed', 'The input has been changed since you read it');
        const body = (await request.clone().json()) as { goalAreaId?: string; text: string };
        stored = { ...stored, goalAreaId: body.goalAreaId, text: body.text, version: stored.version + 1 };
        return json(stored);
      },
    },
  ]);
  return {
    ...page,
    get stored() {
      return stored;
    },
    /** Someone else's save of the input. */
    changeMeanwhile(patch: Partial<ConsultationInput>) {
      stored = { ...stored, ...patch, version: stored.version + 1 };
    },
  };
}

/** The input's "Ändra synpunkten" button (jsdom drops the space before the hidden organisation name). */
const editButton = () =>
  screen.findByRole('button', {
    name: (name) => name.replace(/\s/g, '') === `Ändra synpunkten ${org.vasteras.name}`.replace(/\s/g, ''),
  });

/** The text of the input being changed (the form for a new input has one too). */
function editedText() {
  const item = screen.getByRole('button', { name: 'Spara synpunkten' }).closest('li');
  if (!item) throw new Error('No input is being changed');
  return within(item).getByRole('textbox', { name: /^Synpunkt/ });
}

describe('changing consultation input', () => {
  it('saves section and text with the version read as If-Match, and shows the input saved', async () => {
    const page = renderConsultation();
    const { api, user } = page;
    await user.click(await editButton());
    const text = editedText();
    await user.clear(text);
    await user.type(text, 'Fler praktikplatser i Västerås.');
    await user.click(screen.getByRole('button', { name: 'Spara synpunkten' }));

    expect(await screen.findByText('Synpunkten är sparad.')).toBeInTheDocument();
    const [put] = api.calls('PUT', inputPath);
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(await put.json()).toEqual({ text: 'Fler praktikplatser i Västerås.' });
    expect(await screen.findByText('Fler praktikplatser i Västerås.')).toBeInTheDocument();
  });

  it('shows the section someone else saved meanwhile and re-applies my text onto it with the new version', async () => {
    const page = renderConsultation();
    const { api, user } = page;
    await user.click(await editButton());
    const text = editedText();
    await user.clear(text);
    await user.type(text, 'Fler praktikplatser i Västerås.');
    page.changeMeanwhile({ goalAreaId: goalArea.id });
    await user.click(screen.getByRole('button', { name: 'Spara synpunkten' }));

    expect(await conflictRow(/^Avsnitt/)).toEqual([
      '3.1 Samverkan och samordning',
      'Överenskommelsen som helhet',
      '3.1 Samverkan och samordning',
    ]);
    expect(screen.getByText('Du har ändrat: Synpunkt.')).toBeInTheDocument();
    await user.click(reapplyButton());

    expect(await screen.findByText('Synpunkten är sparad.')).toBeInTheDocument();
    expect(screen.queryByText('Någon annan har sparat en nyare version')).toBeNull();
    const puts = api.calls('PUT', inputPath);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"0"', '"1"']);
    expect(await puts[1].json()).toEqual({ goalAreaId: goalArea.id, text: 'Fler praktikplatser i Västerås.' });
    expect(page.stored).toMatchObject({ goalAreaId: goalArea.id, text: 'Fler praktikplatser i Västerås.', version: 2 });
    // The input is now under the section they chose, and says it is saved there.
    const consultation = within(screen.getByRole('region', { name: 'Synpunkter under förankringen' }));
    await waitFor(() =>
      expect(consultation.getByRole('region', { name: '3.1 Samverkan och samordning' })).toHaveTextContent(
        'Synpunkten är sparad.Fler praktikplatser i Västerås.',
      ),
    );
    expect(consultation.queryByRole('region', { name: 'Överenskommelsen som helhet' })).toBeNull();
  });
});
