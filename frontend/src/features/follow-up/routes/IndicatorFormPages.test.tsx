import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
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

  it('shows what someone else changed meanwhile and re-applies my changes with the new ETag', async () => {
    const path = `/api/v1/indicators/${INDICATOR_ID}`;
    const resource = versionedResource(path, indicator());
    const api = fakeApi([
      ...resource.routes,
      {
        path: `/api/v1/agreements/${AGREEMENT_ID}`,
        respond: () => json({ id: AGREEMENT_ID, countyCode: '19', goalAreas: [] }),
      },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    const { router } = renderApp(`/follow-up/indicators/${INDICATOR_ID}/edit`);
    const unit = await screen.findByRole('textbox', { name: /^Enhet/ });
    await user.clear(unit);
    await user.type(unit, 'procent');
    resource.changeMeanwhile({
      targets: [
        { year: 2027, value: 40 },
        { year: 2028, value: 50 },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Spara indikatorn' }));

    expect(await conflictRow(/^Målvärden/)).toEqual(['2027: 40\n2028: 50', '2027: 40', '2027: 40\n2028: 50']);
    expect(screen.getByText('Du har ändrat: Enhet.')).toBeInTheDocument();
    await user.click(reapplyButton());
    await waitFor(() => expect(router.state.location.pathname).toBe(`/follow-up/indicators/${INDICATOR_ID}`));
    const puts = api.calls('PUT', path);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"6"', '"7"']);
    expect(resource.stored).toMatchObject({
      version: 8,
      unit: 'procent',
      targets: [
        { year: 2027, value: 40 },
        { year: 2028, value: 50 },
      ],
    });
  });
});
