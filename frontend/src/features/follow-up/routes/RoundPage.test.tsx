import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, ruleRefusal, versioned, type FakeRoute } from '../../../test/fakeApi';
import { renderPage } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import { board, round, ROUND_ID } from '../testData';

const path = `/api/v1/follow-up-rounds/${ROUND_ID}`;

/** The round page of `shown` (a round), with its board and whatever else the test answers. */
function renderRound(shown: ReturnType<typeof round>, ...more: FakeRoute[]) {
  return renderPage(`/follow-up/rounds/${ROUND_ID}`, [
    { path, respond: () => versioned(shown, 2) },
    { path: `${path}/board`, respond: () => json(board()) },
    ...more,
  ]);
}

describe('round page', () => {
  it('shows the board: state in words with a symbol, when submitted, and overdue in words', async () => {
    renderRound(round());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uppföljning 2025: Regional överenskommelse Västmanland' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Inlämningar per målområde och organisation' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Målområde', 'Organisation', 'Läge för uppgiften', 'Inlämnad', 'Mot sista dag']);
    const submitted = within(table).getByRole('row', { name: /Västerås stad/ });
    expect(submitted).toHaveTextContent('Inlämnad');
    expect(submitted).toHaveTextContent('I tid');
    const late = within(table).getByRole('row', { name: /Köpings kommun/ });
    expect(
      within(late)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Köpings kommun', '○ Inte påbörjad', 'Inte inlämnad', '⚠ Försenad']);
    // The symbols are decoration: screen readers get the words.
    expect(within(late).getByText('○')).toHaveAttribute('aria-hidden', 'true');
    expect(
      screen.getByText(/2 uppgifter: 0 godkända, 1 inlämnade, 0 återsända, 1 inte inlämnade. Försenade: 1./),
    ).toBeInTheDocument();
  });

  it('explains a refused compile by the rule it breaks', async () => {
    const { api, user } = renderRound(round(), {
      method: 'POST',
      path: `${path}/compile`,
      respond: () => ruleRefusal('compile-needs-all-accepted', { detail: 'Not all accepted' }),
    });
    await user.type(await screen.findByRole('textbox', { name: /Sammanfattning/ }), 'Bra år.');
    await user.click(screen.getByRole('button', { name: 'Sammanställ rapporten' }));
    // Compiling is confirmed first: it closes the assessments.
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Sammanställa rapporten?');
    expect(api.calls('POST', `${path}/compile`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Sammanställ rapporten' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Steget är inte tillåtet');
    expect(alert).toHaveTextContent('Rapporten kan sammanställas först när alla bedömningar är godkända.');
    const [call] = api.calls('POST', `${path}/compile`);
    expect(call.headers.get('If-Match')).toBe('"2"');
    expect(await call.json()).toEqual({ summary: 'Bra år.' });
  });

  it('moves the deadline with If-Match, and explains why a round with work in it is not deleted', async () => {
    const { api, user } = renderRound(
      round({ permissions: { ...round().permissions, delete: true } }),
      { method: 'PUT', path, respond: () => versioned(round({ deadline: '2026-04-30', version: 3 }), 3) },
      { method: 'DELETE', path, respond: () => ruleRefusal('round-has-work', { detail: 'work' }) },
    );
    const deadline = await screen.findByRole('textbox', { name: /^Sista dag/ });
    await user.clear(deadline);
    await user.type(deadline, '2026-04-30');
    await user.click(screen.getByRole('button', { name: 'Spara ny sista dag' }));
    expect(await screen.findByText('Sista dag är ändrad.')).toBeInTheDocument();
    const [put] = api.calls('PUT', path);
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({ deadline: '2026-04-30' });

    await user.click(screen.getByRole('button', { name: 'Ta bort omgången' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort omgången' }));
    expect(
      await screen.findByText('Omgången kan inte tas bort när parterna har börjat arbeta i den.'),
    ).toBeInTheDocument();
    expect(api.calls('DELETE', path)).toHaveLength(1);
    // The dialog closes on the refusal and the round stays.
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows the deadline someone else saved meanwhile and re-applies mine with the new ETag', async () => {
    const resource = versionedResource(path, round());
    const { api, user } = renderPage(`/follow-up/rounds/${ROUND_ID}`, [
      ...resource.routes,
      { path: `${path}/board`, respond: () => json(board()) },
    ]);
    const deadline = await screen.findByRole('textbox', { name: /^Sista dag/ });
    await user.clear(deadline);
    await user.type(deadline, '2026-04-30');
    resource.changeMeanwhile({ deadline: '2026-04-15' });
    await user.click(screen.getByRole('button', { name: 'Spara ny sista dag' }));

    expect(await conflictRow(/^Sista dag/)).toEqual(['15 april 2026', '30 april 2026', '30 april 2026']);
    expect(screen.getByText('Du har ändrat: Sista dag.')).toBeInTheDocument();
    await user.click(reapplyButton());

    expect(await screen.findByText('Sista dag är ändrad.')).toBeInTheDocument();
    expect(screen.queryByText('Någon annan har sparat en nyare version')).toBeNull();
    expect(api.calls('PUT', path).map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(resource.stored).toMatchObject({ deadline: '2026-04-30', version: 4 });
    // The form shows what was saved and goes on from that version.
    expect(screen.getByRole('textbox', { name: /^Sista dag/ })).toHaveValue('2026-04-30');
    await user.click(screen.getByRole('button', { name: 'Spara ny sista dag' }));
    await waitFor(() => expect(api.calls('PUT', path)).toHaveLength(3));
    expect(api.calls('PUT', path)[2].headers.get('If-Match')).toBe('"4"');
  });

  it('keeps a typed deadline when compiling on the same page saves a newer round, and saves it over that one', async () => {
    const resource = versionedResource(path, round());
    const { api, user } = renderPage(`/follow-up/rounds/${ROUND_ID}`, [
      ...resource.routes,
      { path: `${path}/board`, respond: () => json(board()) },
      {
        method: 'POST',
        path: `${path}/compile`,
        respond: () => {
          resource.changeMeanwhile({ status: 'COMPILED', summary: 'Bra år.' });
          return versioned(resource.stored, resource.stored.version);
        },
      },
    ]);
    const deadline = await screen.findByRole('textbox', { name: /^Sista dag/ });
    await user.clear(deadline);
    await user.type(deadline, '2026-04-30');
    await user.type(screen.getByRole('textbox', { name: /Sammanfattning/ }), 'Bra år.');
    await user.click(screen.getByRole('button', { name: 'Sammanställ rapporten' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Sammanställ rapporten' }),
    );
    // The page reads the compiled round (version 3); the deadline form keeps what is typed.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sammanställ rapporten' })).toBeNull());
    expect(screen.getByRole('textbox', { name: /^Sista dag/ })).toHaveValue('2026-04-30');

    await user.click(screen.getByRole('button', { name: 'Spara ny sista dag' }));
    expect(await screen.findByText('Den andra ändringen gällde inga av uppgifterna i formuläret.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Sista dag är ändrad.')).toBeInTheDocument();
    expect(api.calls('PUT', path).map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(resource.stored).toMatchObject({ status: 'COMPILED', deadline: '2026-04-30', version: 4 });
  });

  it('shows the meeting decision that approved the round, linking to the meeting', async () => {
    renderRound(
      round({
        status: 'APPROVED',
        approvedBy: 'Integrationsrådet',
        approvedOn: '2026-05-20',
        approvalDecision: {
          decisionId: 'd-1',
          meetingId: 'meeting-7',
          forumId: 'forum-1',
          forumName: 'Integrationsrådet',
          date: '2026-05-20',
          paragraph: 4,
        },
      }),
    );
    const link = await screen.findByRole('link', {
      name: 'Fastställd genom beslut i Integrationsrådet 20 maj 2026, § 4',
    });
    expect(link).toHaveAttribute('href', '/meetings/meeting-7');
  });

  it('shows the forum and date as text for an approval recorded without a meeting decision', async () => {
    renderRound(round({ status: 'APPROVED', approvedBy: 'Integrationsrådet', approvedOn: '2026-05-20' }));
    expect(await screen.findByText('Fastställd av Integrationsrådet 20 maj 2026')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Fastställd genom beslut/ })).toBeNull();
  });
});
