import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, present, problem, ruleRefusal, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { ids, meeting, minutes } from '../testData';

describe('meeting', () => {
  it('shows the agenda in order with kinds, minutes and decisions, and the follow-up of open items', async () => {
    fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
      ...baseRoutes(),
    ]);
    renderApp(`/meetings/${ids.meeting}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Integrationsrådet, möte 10 juni 2026' }),
    ).toBeInTheDocument();
    // the minutes as the agenda shows them (the form to write them starts with them too)
    const agenda = await screen.findByText('Länsstyrelsen redogjorde för läget.', { selector: 'p' });
    const points = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(points.slice(0, 2)).toEqual(['§ 1 Lägesbild etablering', '§ 2 Beslut om prioriteringar']);
    expect(agenda.closest('li')).toHaveTextContent('Typ av punkt: Lägesrapport');
    expect(agenda.closest('li')).toHaveTextContent('Noterat: Rådet noterade lägesbilden');
    expect(screen.getByText('Karin Samordnare, Länsstyrelsen Västmanland')).toBeInTheDocument();

    const followUp = screen.getByRole('region', { name: 'Uppföljning av uppdrag' });
    const row = present(
      within(followUp).getByRole('link', { name: 'Kartlägg behovet av samhällsorientering' }).closest('tr'),
    );
    expect(row).toHaveTextContent('Pågår – försenat');
    expect(row).toHaveTextContent('Mötet 1 mars 2026, punkt ”Lägesbild”');
    expect(screen.getByRole('button', { name: 'Publicera protokollet' })).toBeInTheDocument();
  });

  it('tells the public that the minutes are not published yet', async () => {
    fakeApi([
      {
        path: `/api/v1/meetings/${ids.meeting}`,
        respond: () =>
          json({
            ...meeting,
            followUp: [],
            permissions: {
              edit: false,
              delete: false,
              publishMinutes: false,
              readMinutes: false,
              handOutActionItems: false,
            },
          }),
      },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => problem(404, 'not-found', 'no') },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp(`/meetings/${ids.meeting}`);
    expect((await screen.findAllByText('Protokollet är inte publicerat ännu')).length).toBeGreaterThan(0);
    expect(screen.getByText('Inga öppna uppdrag att följa upp.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicera protokollet' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Lägg till punkt/)).not.toBeInTheDocument();
  });

  it('explains a refused publication by its rule', async () => {
    const api = fakeApi([
      { path: `/api/v1/meetings/${ids.meeting}`, respond: () => json(meeting, { headers: { ETag: '"7"' } }) },
      { path: `/api/v1/meetings/${ids.meeting}/minutes`, respond: () => json(minutes) },
      {
        method: 'POST',
        path: `/api/v1/meetings/${ids.meeting}/minutes/publication`,
        respond: () => ruleRefusal('minutes-after-meeting', { slug: 'rule-violation' }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/meetings/${ids.meeting}`);
    await user.click(await screen.findByRole('button', { name: 'Publicera protokollet' }));
    await user.click(await screen.findByRole('button', { name: 'Publicera' }));
    expect(await screen.findByText('Protokollet kan publiceras först när mötet har börjat.')).toBeInTheDocument();
    expect(api.calls('POST', `/api/v1/meetings/${ids.meeting}/minutes/publication`)[0].headers.get('If-Match')).toBe(
      '"7"',
    );
  });
});
