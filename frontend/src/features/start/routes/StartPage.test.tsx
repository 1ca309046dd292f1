import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, present, session } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';

const member = {
  ...session(),
  username: 'member.vasteras',
  name: 'Maja Medlem',
  roles: ['member'],
  countyCode: undefined,
  organisationId: '7a1c4a3e-3a8e-4a55-9b65-1b2f4f6c0d11',
  organisationName: 'Västerås stad',
} as unknown as ReturnType<typeof session>;

const task = (overrides: Record<string, unknown>) => ({
  kind: 'ASSESSMENT',
  targetId: '11111111-1111-4111-8111-111111111111',
  title: '1 Arbete',
  context: 'RÖK Västmanland',
  year: 2026,
  organisation: 'Västerås stad',
  deadline: '2027-03-31',
  state: 'OPEN',
  overdue: false,
  status: 'DRAFT',
  missing: [],
  ...overrides,
});

/** The API with the signed-in user's tasks (as a member unless said otherwise) and the base routes. */
function tasksApi(
  user: ReturnType<typeof session>,
  tasks: ReturnType<typeof task>[],
  role: { member: boolean; coordinator: boolean } = { member: true, coordinator: false },
) {
  return fakeApi([
    { path: '/api/v1/me/tasks', respond: () => json({ ...role, truncated: false, tasks }) },
    ...baseRoutes(user),
  ]);
}

describe('start page', () => {
  it('shows the public page to visitors who have not logged in, without asking for tasks', async () => {
    const api = fakeApi(baseRoutes(session({ authenticated: false })));
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Samverkan' })).toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/me/tasks')).toHaveLength(0);
  });

  it('shows a member their tasks in the order given, each a link to where it is done, filterable', async () => {
    const api = tasksApi(member, [
      task({ title: '2 Bosättning', deadline: '2027-03-31', overdue: true }),
      task({
        kind: 'ACTION_ITEM',
        targetId: '22222222-2222-4222-8222-222222222222',
        title: 'Ta fram en plan',
        context: 'Integrationsrådet',
        year: undefined,
        deadline: '2027-06-30',
        status: 'IN_PROGRESS',
      }),
      task({ title: '1 Arbete', state: 'DONE', status: 'SUBMITTED' }),
    ]);
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Min översikt' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Mina uppgifter' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('link')[0]?.textContent)).toEqual([
      '2 Bosättning',
      'Ta fram en plan',
      '1 Arbete',
    ]);
    expect(rows[0]).toHaveTextContent('31 mars 2027 (försenad)');
    expect(rows[1]).toHaveTextContent('Att göra (pågår)');
    expect(rows[2]).toHaveTextContent('Klar (inlämnad)');
    expect(within(table).getByRole('link', { name: 'Ta fram en plan' })).toHaveAttribute(
      'href',
      '/action-items/22222222-2222-4222-8222-222222222222',
    );
    expect(within(table).getByRole('link', { name: '1 Arbete' })).toHaveAttribute(
      'href',
      '/follow-up/assessments/11111111-1111-4111-8111-111111111111',
    );
    expect(screen.queryByRole('heading', { name: 'Väntar på dig' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Läge$/ }));
    await user.click(await screen.findByRole('option', { name: 'Klar' }));
    const last = new URL(present(api.calls('GET', '/api/v1/me/tasks').at(-1)).url).searchParams;
    expect(last.get('state')).toBe('DONE');
  });

  it("lists the organisation's funding: a draft to submit links to the application, accounts to the project", async () => {
    const PROJECT = '44444444-4444-4444-8444-444444444444';
    tasksApi(member, [
      task({
        kind: 'FUNDING_APPLICATION',
        targetId: '33333333-3333-4333-8333-333333333333',
        title: 'Språkstöd i vården',
        context: '§ 37-medel 2027',
        year: undefined,
        deadline: '2027-02-15',
        status: 'DRAFT',
      }),
      // Two accounts of one project: two rows, both to the project's page.
      task({
        kind: 'FUNDING_ACCOUNT',
        targetId: PROJECT,
        title: 'Bosättningslyftet',
        context: undefined,
        year: undefined,
        deadline: '2027-03-31',
        status: 'DUE',
      }),
      task({
        kind: 'FUNDING_ACCOUNT',
        targetId: PROJECT,
        title: 'Bosättningslyftet',
        context: undefined,
        year: undefined,
        deadline: '2026-03-31',
        state: 'DONE',
        status: 'FILED',
      }),
    ]);
    renderApp('/');
    const table = await screen.findByRole('table', { name: 'Mina uppgifter' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Ansökan om medel');
    expect(rows[0]).toHaveTextContent('Att göra (utkast)');
    expect(within(rows[0]).getByRole('link', { name: 'Språkstöd i vården' })).toHaveAttribute(
      'href',
      '/funding/applications/33333333-3333-4333-8333-333333333333',
    );
    expect(rows[1]).toHaveTextContent('Redovisning av projekt');
    expect(rows[1]).toHaveTextContent('Att göra (ska redovisas)');
    expect(rows[2]).toHaveTextContent('Klar (redovisad)');
    for (const row of rows.slice(1)) {
      expect(within(row).getByRole('link', { name: 'Bosättningslyftet' })).toHaveAttribute(
        'href',
        `/funding/projects/${PROJECT}`,
      );
    }
  });

  it("lists the action-plan activities the organisation owns, each linking to its agreement's action plan", async () => {
    const AGREEMENT = '55555555-5555-4555-8555-555555555555';
    tasksApi(member, [
      task({
        kind: 'PLAN_ACTIVITY',
        targetId: AGREEMENT,
        title: 'Språkpraktik i kommunen',
        context: 'RÖK Västmanland',
        year: undefined,
        deadline: '2027-06-30',
        status: 'ONGOING',
      }),
    ]);
    renderApp('/');
    const table = await screen.findByRole('table', { name: 'Mina uppgifter' });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(row).toHaveTextContent('Aktivitet i handlingsplan');
    expect(row).toHaveTextContent('Att göra (pågår)');
    expect(within(row).getByRole('link', { name: 'Språkpraktik i kommunen' })).toHaveAttribute(
      'href',
      `/agreements/${AGREEMENT}/action-plan`,
    );
  });

  it('shows a coordinator what waits for them, one list per kind', async () => {
    fakeApi([
      {
        path: '/api/v1/me/tasks',
        respond: () =>
          json({
            member: false,
            coordinator: true,
            truncated: false,
            tasks: [
              task({
                kind: 'ROUND_MISSING',
                targetId: '33333333-3333-4333-8333-333333333333',
                title: 'RÖK Västmanland',
                context: undefined,
                organisation: undefined,
                status: 'OPEN',
                missing: ['Västerås stad', 'Arbetsförmedlingen'],
              }),
            ],
          }),
      },
      ...baseRoutes(),
    ]);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Min översikt' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Väntar på dig' })).toBeInTheDocument();
    const rounds = screen.getByRole('table', { name: 'Öppna uppföljningsomgångar där inte alla har lämnat in' });
    expect(within(rounds).getByRole('link', { name: 'RÖK Västmanland' })).toHaveAttribute(
      'href',
      '/follow-up/rounds/33333333-3333-4333-8333-333333333333',
    );
    expect(rounds).toHaveTextContent('Har inte lämnat in: Västerås stad, Arbetsförmedlingen');
    expect(screen.getByRole('heading', { level: 3, name: 'Bedömningar att granska (0)' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Mina uppgifter' })).not.toBeInTheDocument();
  });
});
