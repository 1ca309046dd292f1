import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { AGREEMENT_ID, indicator, INDICATOR_ID } from '../testData';
import type { Indicator } from '../types';

const path = `/api/v1/indicators/${INDICATOR_ID}`;

function routes(shown: Indicator) {
  return [
    { path, respond: () => json(shown, { headers: { ETag: `"${shown.version}"` } }) },
    { method: 'DELETE', path, respond: () => new Response(null, { status: 204 }) },
    { path: `${path}/values`, respond: () => json([]) },
    ...baseRoutes(),
  ];
}

describe('removing an indicator', () => {
  it('asks first, naming how many values go with it, then removes it with If-Match and leaves the page', async () => {
    const api = fakeApi(routes(indicator({ valueCount: 3 })));
    const user = userEvent.setup();
    const { router } = renderApp(`/follow-up/indicators/${INDICATOR_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Ta bort indikatorn' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort indikatorn Andel i arbete?' });
    expect(within(dialog).getByText(/sina 3 värden/)).toBeInTheDocument();
    expect(api.calls('DELETE', path)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort indikatorn' }));
    await waitFor(() => expect(api.calls('DELETE', path)).toHaveLength(1));
    expect(api.calls('DELETE', path)[0].headers.get('If-Match')).toBe('"6"');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/follow-up/agreements/${AGREEMENT_ID}`));
  });

  it('says why an indicator that assessments report on stays, and offers no removal', async () => {
    fakeApi(
      routes(
        indicator({ reportedInAssessments: true, permissions: { edit: true, delete: false, importValues: true } }),
      ),
    );
    renderApp(`/follow-up/indicators/${INDICATOR_ID}`);
    expect(await screen.findByRole('heading', { name: 'Ta bort indikatorn' })).toBeInTheDocument();
    expect(screen.getByText('Indikatorn används i bedömningar och kan inte tas bort.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ta bort indikatorn' })).not.toBeInTheDocument();
  });

  it('says why an indicator that the action plan follows up stays, and offers no removal', async () => {
    fakeApi(
      routes(indicator({ followedInActionPlan: true, permissions: { edit: true, delete: false, importValues: true } })),
    );
    renderApp(`/follow-up/indicators/${INDICATOR_ID}`);
    expect(await screen.findByRole('heading', { name: 'Ta bort indikatorn' })).toBeInTheDocument();
    expect(screen.getByText(/Aktiviteter i handlingsplanen följs upp med indikatorn/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ta bort indikatorn' })).not.toBeInTheDocument();
  });

  it('shows nothing of removal to those who may not remove it', async () => {
    fakeApi(routes(indicator({ permissions: { edit: false, delete: false, importValues: false } })));
    renderApp(`/follow-up/indicators/${INDICATOR_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Indikator: Andel i arbete' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ta bort indikatorn' })).not.toBeInTheDocument();
  });
});
