import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

describe('funding page', () => {
  it('offers the projects as CSV for Swedish Excel, as RFC 4180 CSV and as XLSX, for the county and year shown', async () => {
    fakeApi(baseRoutes(session({ authenticated: false })));
    renderApp('/funding?county=19&year=2036');
    expect(await screen.findByRole('link', { name: 'CSV för Excel (svenska)' })).toHaveAttribute(
      'href',
      '/api/v1/funding/projects.csv?county=19&year=2036&dialect=excel-sv',
    );
    expect(screen.getByRole('link', { name: 'CSV (RFC 4180)' })).toHaveAttribute(
      'href',
      '/api/v1/funding/projects.csv?county=19&year=2036',
    );
    expect(screen.getByRole('link', { name: 'Excel-fil (XLSX)' })).toHaveAttribute(
      'href',
      '/api/v1/funding/projects.xlsx?county=19&year=2036',
    );
  });
});
