import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, problem } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton } from '../../../test/versionedResource';
import { survey, SURVEY_ID } from '../testData';
import type { Answer, AnswerItemInput } from '../types';

const ORGANISATION = '10000000-0000-4000-8000-000000001980';
const STATEMENT = '70000000-0000-4000-8000-000000000001';
const TEXT = '70000000-0000-4000-8000-000000000002';
const CHOICE = '70000000-0000-4000-8000-000000000003';
const path = `/api/v1/surveys/${SURVEY_ID}/answers/${ORGANISATION}`;

const open = survey({
  status: 'OPEN',
  themes: [
    {
      id: '71000000-0000-4000-8000-000000000001',
      title: 'Boende',
      questions: [
        {
          id: '72000000-0000-4000-8000-000000000001',
          key: STATEMENT,
          kind: 'STATEMENT',
          text: 'Kommunen har god beredskap för mottagandet',
          required: true,
          commentMode: 'OPTIONAL',
          genderSplit: false,
          options: [],
        },
        {
          id: '72000000-0000-4000-8000-000000000002',
          key: TEXT,
          kind: 'TEXT',
          text: 'Vad fungerar bra?',
          required: false,
          commentMode: 'NONE',
          genderSplit: false,
          options: [],
        },
        {
          id: '72000000-0000-4000-8000-000000000003',
          key: CHOICE,
          kind: 'SINGLE_CHOICE',
          text: 'Vem samordnar?',
          required: false,
          commentMode: 'NONE',
          genderSplit: false,
          options: ['Kommunen', 'Regionen'],
        },
      ],
    },
  ],
});

const notStarted: Answer = {
  surveyId: SURVEY_ID,
  organisation: { id: ORGANISATION, name: 'Västerås stad' },
  items: [],
  version: 0,
  permissions: { save: true, submit: false, reopen: false },
};

const item = (questionKey: string, answer: Partial<AnswerItemInput>) => ({
  questionKey,
  publishable: false,
  options: [],
  ...answer,
});

/**
 * The organisation's answer behind GET, PUT and submission, checking the preconditions as the server does: a first
 * save with If-None-Match: * only while nobody has started it (it is then version 0), every later one with If-Match.
 */
function answerResource(initial: Answer) {
  let stored = initial;
  const headers = () => ({ ETag: `"${stored.version}"` });
  const stale = () => problem(412, 'precondition-failed', 'The resource has been changed since you read it');
  return {
    routes: [
      { path, respond: () => json(stored, { headers: headers() }) },
      { path: `/api/v1/surveys/${SURVEY_ID}`, respond: () => json(open, { headers: { ETag: '"3"' } }) },
      {
        method: 'PUT',
        path,
        respond: async (request: Request) => {
          const started = stored.status !== undefined;
          const precondition =
            request.headers.get('If-None-Match') === '*'
              ? !started
              : started && request.headers.get('If-Match') === `"${stored.version}"`;
          if (!precondition) return stale();
          const { items } = (await request.clone().json()) as { items: AnswerItemInput[] };
          stored = {
            ...stored,
            status: 'DRAFT',
            items: items.map((sent) => item(sent.questionKey, sent)),
            version: started ? stored.version + 1 : 0,
          };
          return json(stored, { status: started ? 200 : 201, headers: headers() });
        },
      },
      {
        method: 'POST',
        path: `${path}/submission`,
        respond: (request: Request) => {
          if (request.headers.get('If-Match') !== `"${stored.version}"`) return stale();
          stored = {
            ...stored,
            status: 'SUBMITTED',
            version: stored.version + 1,
            permissions: { save: false, submit: false, reopen: false },
          };
          return json(stored, { headers: headers() });
        },
      },
    ],
    get stored() {
      return stored;
    },
    /** Another member of the organisation saves: the first save creates version 0. */
    changeMeanwhile(items: Answer['items']) {
      stored = { ...stored, items, status: 'DRAFT', version: stored.status ? stored.version + 1 : 0 };
    },
  };
}

const statement = (name: string) => screen.getByRole('radio', { name });
const textAnswer = () => screen.findByRole('textbox', { name: 'Vad fungerar bra?' });
const saveButton = () => screen.getByRole('button', { name: 'Spara utkast' });

describe('an organisation’s answer', () => {
  it('on 412 shows the other member’s answer per question in words and re-applies mine with the new ETag', async () => {
    const resource = answerResource({
      ...notStarted,
      status: 'DRAFT',
      version: 3,
      items: [item(STATEMENT, { agreement: 'AGREE_PARTLY' }), item(CHOICE, { options: ['Kommunen'] })],
    });
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/surveys/${SURVEY_ID}/answers/${ORGANISATION}`);
    await user.type(await textAnswer(), 'Samverkan med regionen.');
    resource.changeMeanwhile([
      item(STATEMENT, { agreement: 'DISAGREE', comment: 'Bostäder saknas.' }),
      item(CHOICE, { options: ['Regionen'] }),
    ]);
    await user.click(saveButton());

    expect(await conflictRow(/^Kommunen har god beredskap/)).toEqual([
      'Instämmer inte alls\nKommentar: Bostäder saknas.',
      'Instämmer delvis',
      'Instämmer inte alls\nKommentar: Bostäder saknas.',
    ]);
    expect(await conflictRow(/^Vem samordnar/)).toEqual(['Regionen', 'Kommunen', 'Regionen']);
    expect(screen.getByText('Du har ändrat: Vad fungerar bra?.')).toBeInTheDocument();
    await user.click(reapplyButton());

    expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
    expect(api.calls('PUT', path).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(resource.stored.version).toBe(5);
    expect(resource.stored.items).toEqual([
      item(STATEMENT, { agreement: 'DISAGREE', comment: 'Bostäder saknas.' }),
      item(TEXT, { text: 'Samverkan med regionen.' }),
      item(CHOICE, { options: ['Regionen'] }),
    ]);
    expect(statement('Instämmer inte alls')).toBeChecked();
    expect(await textAnswer()).toHaveValue('Samverkan med regionen.');
  });

  it('when two members start the answer at once, the second meets the first’s answer in the conflict screen', async () => {
    const resource = answerResource(notStarted);
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/surveys/${SURVEY_ID}/answers/${ORGANISATION}`);
    expect(await screen.findByText('Ingen har börjat svara för organisationen.')).toBeInTheDocument();
    await user.click(statement('Instämmer inte alls'));
    resource.changeMeanwhile([item(STATEMENT, { agreement: 'AGREE_FULLY' }), item(TEXT, { text: 'Deras svar.' })]);
    await user.click(saveButton());

    expect(await conflictRow(/^Kommunen har god beredskap/)).toEqual([
      'Instämmer helt',
      'Instämmer inte alls',
      'Instämmer inte alls',
    ]);
    expect(within(screen.getByRole('row', { name: /^Kommunen har god beredskap/ })).getByText('(ni har båda ändrat)'));
    expect(await conflictRow(/^Vad fungerar bra/)).toEqual(['Deras svar.', '(tomt)', 'Deras svar.']);
    await user.click(reapplyButton());

    expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
    const puts = api.calls('PUT', path);
    expect(puts.map((put) => [put.headers.get('If-None-Match'), put.headers.get('If-Match')])).toEqual([
      ['*', null],
      [null, '"0"'],
    ]);
    expect(resource.stored.items).toEqual([
      item(STATEMENT, { agreement: 'DISAGREE' }),
      item(TEXT, { text: 'Deras svar.' }),
    ]);
  });

  it('saves the first draft only if nobody has started it, and submits the version saved', async () => {
    const resource = answerResource(notStarted);
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/surveys/${SURVEY_ID}/answers/${ORGANISATION}`);
    await user.type(await textAnswer(), 'Samverkan.');
    await user.click(saveButton());
    expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
    expect(resource.stored).toMatchObject({ status: 'DRAFT', version: 0, items: [item(TEXT, { text: 'Samverkan.' })] });

    await user.click(statement('Instämmer helt'));
    await user.click(screen.getByRole('button', { name: 'Skicka in' }));
    expect(await screen.findByText('Svaret är inskickat. Tack!')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Spara utkast' })).not.toBeInTheDocument());
    const puts = api.calls('PUT', path);
    expect(puts.map((put) => [put.headers.get('If-None-Match'), put.headers.get('If-Match')])).toEqual([
      ['*', null],
      [null, '"0"'],
    ]);
    expect(api.calls('POST', `${path}/submission`).map((post) => post.headers.get('If-Match'))).toEqual(['"1"']);
    expect(resource.stored).toMatchObject({
      status: 'SUBMITTED',
      items: [item(STATEMENT, { agreement: 'AGREE_FULLY' }), item(TEXT, { text: 'Samverkan.' })],
    });
  });
  it('a submission refused for a question left open keeps the saved draft without asking before leaving', async () => {
    const resource = answerResource({ ...notStarted, status: 'DRAFT', version: 2, items: [] });
    const refused = {
      method: 'POST',
      path: `${path}/submission`,
      respond: () =>
        problem(400, 'validation', 'Svaret är inte komplett', [
          { field: `items[${STATEMENT}]`, message: 'Frågan måste besvaras' },
        ]),
    };
    const api = fakeApi([refused, ...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    const { router } = renderApp(`/surveys/${SURVEY_ID}/answers/${ORGANISATION}`);
    await user.type(await textAnswer(), 'Samverkan.');
    await user.click(screen.getByRole('button', { name: 'Skicka in' }));

    expect(await screen.findByText(/^Kommunen har god beredskap.*: Frågan måste besvaras$/)).toBeInTheDocument();
    expect(resource.stored).toMatchObject({ status: 'DRAFT', version: 3, items: [item(TEXT, { text: 'Samverkan.' })] });
    expect(api.calls('POST', `${path}/submission`).map((post) => post.headers.get('If-Match'))).toEqual(['"3"']);
    expect(await textAnswer()).toHaveValue('Samverkan.');
    // What was typed is saved: leaving the page does not ask.
    await user.click(screen.getByRole('link', { name: open.title }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/surveys/${SURVEY_ID}`));
    expect(screen.queryByRole('alertdialog', { name: 'Vill du lämna sidan?' })).not.toBeInTheDocument();
  });
});
