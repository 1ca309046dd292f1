import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { versionedResource } from '../../../test/versionedResource';
import { invitation, statusReport } from '../testData';

const reportId = 'cdcdcdcd-cdcd-4dcd-8dcd-cdcdcdcdcdcd';
const path = `/api/v1/status-reports/${reportId}`;

describe('compiling a status report', () => {
  it('refuses when a contribution came in meanwhile, shows it and compiles with the new ETag', async () => {
    const report = statusReport({
      id: reportId,
      invitations: [invitation('o1', 'Västerås stad'), invitation('o2', 'Sala kommun')],
      permissions: { edit: false, delete: false, compile: true, publish: false, contributeFor: [], draftFor: [] },
    });
    const resource = versionedResource(path, report, {
      method: 'POST',
      writePath: `${path}/compilation`,
      write: (stored, body) => ({
        ...stored,
        status: 'COMPILED' as const,
        compiledText: (body as { text: string }).text,
      }),
    });
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/status-reports/${reportId}`);
    await user.type(await screen.findByRole('textbox', { name: /^Egen sammanställning/ }), 'Läget är stabilt.');
    resource.changeMeanwhile({
      invitations: [
        invitation('o1', 'Västerås stad'),
        invitation('o2', 'Sala kommun', {
          submitted: true,
          submittedAt: '2026-05-02T09:00:00Z',
          submittedBy: 'sala.kontakt',
          entries: [{ theme: 'Bostäder', text: 'Två nya boenden i Sala.' }],
        }),
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Sammanställ rapporten' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    await user.click(within(alert).getByRole('button', { name: 'Läs in senaste versionen' }));
    expect(await screen.findByText('Två nya boenden i Sala.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sammanställ rapporten' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sammanställning' })).toBeInTheDocument();
    const posts = api.calls('POST', `${path}/compilation`);
    expect(posts.map((post) => post.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(await posts[1].json()).toEqual({ text: 'Läget är stabilt.' });
  });
});
