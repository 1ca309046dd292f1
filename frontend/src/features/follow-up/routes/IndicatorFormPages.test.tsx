import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { AGREEMENT_ID, indicator, INDICATOR_ID } from '../testData';

function conflict(rule: string) {
  return new Response(
    JSON.stringify({ type: 'urn:samverkan:problem:conflict', title: 'Conflict', status: 409, detail: rule, rule }),
    {
      status: 409,
      headers: { 'Content-Type': 'application/problem+json' },
    },
  );
}

describe('indicator definition', () => {
  it('sends the changed definition with If-Match and explains a shape that is fixed by its values', async () => {
    const path = `/api/v1/indicators/${INDICATOR_ID}`;
    const api = fakeApi([
      { path, respond: () => json(indicator(), { headers: { ETag: '"6"' } }) },
      { method: 'PUT', path, respond: () => conflict('indicator-shape-fixed-with-values') },
      {
        path: `/api/v1/agreements/${AGREEMENT_ID}`,
        respond: () => json({ id: AGREEMENT_ID, countyCode: '19', goalAreas: [] }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/follow-up/indicators/${INDICATOR_ID}/edit`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ändra indikatorn Andel i arbete' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Varje kommun' }));
    await user.click(screen.getByRole('button', { name: 'Spara indikatorn' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Indikatorns omfattning och könsuppdelning kan inte ändras när den har värden.');
    await waitFor(() => expect(api.calls('PUT', path)).toHaveLength(1));
    const put = api.calls('PUT', path)[0];
    expect(put.headers.get('If-Match')).toBe('"6"');
    expect(await put.json()).toMatchObject({
      name: 'Andel i arbete',
      scope: 'MUNICIPALITY',
      genderBreakdown: true,
      targets: [{ year: 2027, value: 40 }],
    });
  });
});
