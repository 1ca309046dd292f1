import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, session, present } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { report, ROUND_ID } from '../testData';

describe('report page', () => {
  it("shows each goal area's status in words with a symbol, never by colour alone", async () => {
    fakeApi([
      { path: `/api/v1/follow-up-rounds/${ROUND_ID}/report`, respond: () => json(report()) },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    renderApp(`/follow-up/rounds/${ROUND_ID}/report`);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Uppföljningsrapport 2025: Regional överenskommelse Västmanland',
      }),
    ).toBeInTheDocument();
    const overview = screen.getByRole('table', {
      name: 'Sammanlagd status per målområde och antal bedömningar per status',
    });
    const row = within(overview).getByRole('row', { name: /Bostadsförsörjning/ });
    const status = within(row).getAllByRole('cell')[0];
    expect(status).toHaveTextContent('◐ Delvis i fas');
    expect(within(status).getByText('◐')).toHaveAttribute('aria-hidden', 'true');
    expect(
      screen.getByText('Fastställd av Regional samverkansgrupp 20 maj 2026', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ladda ner rapporten som PDF' })).toHaveAttribute(
      'href',
      `/api/v1/follow-up-rounds/${ROUND_ID}/report.pdf`,
    );
    expect(screen.getByRole('link', { name: 'Ladda ner rapporten som CSV (RFC 4180)' })).toHaveAttribute(
      'href',
      `/api/v1/follow-up-rounds/${ROUND_ID}/report.csv`,
    );
    expect(screen.getByRole('link', { name: 'Ladda ner rapporten för Excel (CSV, svenska)' })).toHaveAttribute(
      'href',
      `/api/v1/follow-up-rounds/${ROUND_ID}/report.csv?dialect=excel-sv`,
    );
    expect(screen.getByText('Bostadsbristen består.')).toBeInTheDocument();
    expect(screen.getByText('Totalt: förbättring från 45 (2024) till 48 (2025).')).toBeInTheDocument();
  });

  it('draws each indicator as a chart hidden from screen readers, with a data table as its alternative', async () => {
    fakeApi([
      { path: `/api/v1/follow-up-rounds/${ROUND_ID}/report`, respond: () => json(report()) },
      ...baseRoutes(session({ authenticated: false })),
    ]);
    const { container } = renderApp(`/follow-up/rounds/${ROUND_ID}/report`);
    const table = await screen.findByRole('table', { name: 'Andel i arbete 2025 (%)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['År', 'Kvinnor (%)', 'Män (%)', 'Totalt (%)']);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2025415548');
    const drawing = present(container.querySelector('.ds-chart-drawing'));
    expect(drawing).toHaveAttribute('aria-hidden', 'true');
    expect(drawing.querySelectorAll('rect.ds-chart-bar')).not.toHaveLength(0);
  });
});
