import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import { invitation, statusReport } from '../testData';
import type { StatusReportInvitation } from '../types';

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

describe('an organisation’s contribution', { timeout: 45_000 }, () => {
  const contribution = `${path}/contributions/o1`;

  /**
   * The report with Västerås's invitation behind a PUT of its contribution that checks If-Match as the server does:
   * the first save needs none (nothing to overwrite), every later one the invitation's current version.
   */
  function contributionRoutes(first: StatusReportInvitation) {
    let stored = first;
    const report = () =>
      statusReport({
        id: reportId,
        themes: ['Bostäder', 'Hälsa'],
        invitations: [stored],
        permissions: {
          edit: false,
          delete: false,
          compile: false,
          publish: false,
          contributeFor: ['o1'],
          draftFor: ['o1'],
        },
      });
    return {
      routes: [
        { path, respond: () => json(report(), { headers: { ETag: '"3"' } }) },
        {
          method: 'PUT',
          path: contribution,
          respond: async (request: Request) => {
            if ((stored.submitted || stored.draft) && request.headers.get('If-Match') !== `"${stored.version}"`)
              return problem(412, 'precondition-failed', 'The resource has been changed since you read it');
            const body = (await request.clone().json()) as Pick<StatusReportInvitation, 'entries' | 'draft'>;
            const { entries, draft } = body;
            stored = { ...stored, entries, draft, submitted: !draft, version: stored.version + 1 };
            return json(stored, { status: 201, headers: { ETag: `"${stored.version}"` } });
          },
        },
        ...baseRoutes(),
      ],
      get stored() {
        return stored;
      },
      saveMeanwhile(entries: StatusReportInvitation['entries']) {
        stored = { ...stored, entries, submitted: true, submittedBy: 'member2.vasteras', version: stored.version + 1 };
      },
    };
  }

  it('submits the texts typed, then replaces them with the version the first save gave', async () => {
    const resource = contributionRoutes(invitation('o1', 'Västerås stad'));
    const api = fakeApi(resource.routes);
    const user = userEvent.setup();
    renderApp(`/status-reports/${reportId}`);
    await user.type(await screen.findByRole('textbox', { name: 'Bostäder' }), 'Två nya boenden.');
    await user.click(screen.getByRole('button', { name: 'Skicka in bidraget' }));
    expect(await screen.findByText('Bidraget är sparat.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Hälsa' }), 'Vårdcentralerna samverkar.');
    await user.click(await screen.findByRole('button', { name: 'Ersätt bidraget' }));
    await waitFor(() => expect(resource.stored.version).toBe(2));
    const puts = api.calls('PUT', contribution);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"0"', '"1"']);
    expect(await puts[1].json()).toEqual({
      entries: [
        { theme: 'Bostäder', text: 'Två nya boenden.' },
        { theme: 'Hälsa', text: 'Vårdcentralerna samverkar.' },
      ],
      draft: false,
    });
  });

  it('shows the text a colleague submitted meanwhile and re-applies mine onto it with the new version', async () => {
    const resource = contributionRoutes(invitation('o1', 'Västerås stad'));
    const api = fakeApi(resource.routes);
    const user = userEvent.setup();
    renderApp(`/status-reports/${reportId}`);
    await user.type(await screen.findByRole('textbox', { name: 'Hälsa' }), 'Vårdcentralerna samverkar.');
    resource.saveMeanwhile([{ theme: 'Bostäder', text: 'Två nya boenden.' }]);
    await user.click(screen.getByRole('button', { name: 'Skicka in bidraget' }));

    expect(await conflictRow(/^Bostäder/)).toEqual(['Två nya boenden.', '(tomt)', 'Två nya boenden.']);
    expect(screen.getByText('Du har ändrat: Hälsa.')).toBeInTheDocument();
    await user.click(reapplyButton());
    expect(await screen.findByText('Bidraget är sparat.')).toBeInTheDocument();
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Bostäder' })).toHaveValue('Två nya boenden.');
    const puts = api.calls('PUT', contribution);
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"0"', '"1"']);
    expect(resource.stored).toMatchObject({
      submitted: true,
      version: 2,
      entries: [
        { theme: 'Bostäder', text: 'Två nya boenden.' },
        { theme: 'Hälsa', text: 'Vårdcentralerna samverkar.' },
      ],
    });
  });
});
