import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi, json, present } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import { assessment, ASSESSMENT_ID, INDICATOR_ID, round, ROUND_ID } from '../testData';
import type { Assessment, AssessmentInput } from '../types';

const path = `/api/v1/assessments/${ASSESSMENT_ID}`;

function conflict(rule: string) {
  return new Response(
    JSON.stringify({ type: 'urn:samverkan:problem:conflict', title: 'Conflict', status: 409, detail: rule, rule }),
    {
      status: 409,
      headers: { 'Content-Type': 'application/problem+json' },
    },
  );
}

function routes(start: Assessment, submitRespond?: () => Response) {
  let stored = start;
  return [
    { path, respond: () => json(stored, { headers: { ETag: `"${stored.version}"` } }) },
    {
      method: 'PUT',
      path,
      respond: async (request: Request) => {
        const input = (await request.clone().json()) as Pick<typeof stored, 'status' | 'situation'>;
        stored = {
          ...stored,
          status: input.status,
          situation: input.situation,
          state: 'DRAFT',
          version: stored.version + 1,
        };
        return json(stored, { headers: { ETag: `"${stored.version}"` } });
      },
    },
    {
      method: 'POST',
      path: `${path}/submit`,
      respond:
        submitRespond ??
        (() => {
          stored = {
            ...stored,
            state: 'SUBMITTED',
            version: stored.version + 1,
            permissions: { edit: false, submit: false, review: false },
          };
          return json(stored, { headers: { ETag: `"${stored.version}"` } });
        }),
    },
    { path: `/api/v1/follow-up-rounds/${ROUND_ID}`, respond: () => json(round(), { headers: { ETag: '"2"' } }) },
    ...baseRoutes(),
  ];
}

describe('assessment form', () => {
  it('shows the goal, strategies and focus of the year it assesses, linked to the agreement', async () => {
    fakeApi(routes(assessment()));
    renderApp(`/follow-up/assessments/${ASSESSMENT_ID}`);
    const section = await screen.findByRole('region', { name: 'Det här bedöms' });
    expect(within(section).getByText('Fler nyanlända i arbete.')).toBeInTheDocument();
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Samordna praktiken', 'Följa upp insatserna', 'Språkpraktik i kommunerna']);
    expect(within(section).getByRole('heading', { name: 'Fokus 2025' })).toBeInTheDocument();
    expect(within(section).queryByText('Föreslagen, ännu inte fastställd.')).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: /^Målområdet i överenskommelsen/ })).toHaveAttribute(
      'href',
      `/agreements/${assessment().agreement.id}`,
    );
  });

  it('says when the year has no focus, and when the focus is only proposed', async () => {
    fakeApi(routes(assessment({ assesses: { strategies: [] } })));
    renderApp(`/follow-up/assessments/${ASSESSMENT_ID}`);
    const section = await screen.findByRole('region', { name: 'Det här bedöms' });
    expect(within(section).getByText('Inget fokus är angivet för 2025.')).toBeInTheDocument();
  });

  it('saves the draft with If-Match and what was typed, values per gender', async () => {
    const api = fakeApi(routes(assessment()));
    const user = userEvent.setup();
    renderApp(`/follow-up/assessments/${ASSESSMENT_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bedömning: 1 Bostadsförsörjning – Västerås stad' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Delvis i fas' }));
    await user.type(screen.getByRole('textbox', { name: /^Läget/ }), 'Bostadsbristen består.');
    await user.type(screen.getByRole('textbox', { name: 'Andel i arbete, Kvinnor' }), '41,5');
    await user.click(screen.getByRole('button', { name: 'Lägg till insats' }));
    await user.type(screen.getByRole('textbox', { name: /^Rubrik/ }), 'Bostadsgrupp');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
    const [put] = api.calls('PUT', path);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({
      status: 'PARTLY',
      situation: 'Bostadsbristen består.',
      activities: [{ title: 'Bostadsgrupp', organisationIds: [] }],
      indicatorValues: [{ indicatorId: INDICATOR_ID, gender: 'WOMEN', value: 41.5 }],
    });
    expect(api.calls('POST', `${path}/submit`)).toHaveLength(0);
  });

  it('submits: saves first, then submits with the new ETag', async () => {
    const api = fakeApi(routes(assessment({ status: 'ON_TRACK', situation: 'Bra läge.' })));
    const user = userEvent.setup();
    renderApp(`/follow-up/assessments/${ASSESSMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Lämna in' }));
    await waitFor(() => expect(api.calls('POST', `${path}/submit`)).toHaveLength(1));
    expect(api.calls('PUT', path)[0].headers.get('If-Match')).toBe('"3"');
    expect(api.calls('POST', `${path}/submit`)[0].headers.get('If-Match')).toBe('"4"');
    // Handed in, the assessment is shown as read: it awaits review.
    expect(await screen.findByText('Bedömningen är inlämnad och väntar på granskning.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara utkast' })).not.toBeInTheDocument();
  });

  it('explains the rule a refused submission breaks', async () => {
    fakeApi(routes(assessment(), () => conflict('submit-needs-situation')));
    const user = userEvent.setup();
    renderApp(`/follow-up/assessments/${ASSESSMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Lämna in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Steget är inte tillåtet');
    expect(alert).toHaveTextContent('Beskriv läget innan du lämnar in.');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('shows the return comment to the party', async () => {
    fakeApi(routes(assessment({ state: 'RETURNED', returnComment: 'Komplettera med insatser.' })));
    renderApp(`/follow-up/assessments/${ASSESSMENT_ID}`);
    const heading = await screen.findByText('Bedömningen är återsänd med en kommentar');
    expect(present(heading.closest('[role="alert"], .ds-alert'))).toHaveTextContent('Komplettera med insatser.');
    expect(within(screen.getByRole('radiogroup', { name: /Status/ })).getAllByRole('radio')).toHaveLength(4);
  });

  it('shows what someone else saved meanwhile and re-applies my changes with the new ETag, staying on the form', async () => {
    const resource = versionedResource(path, assessment(), {
      write: (stored, body) => {
        const input = body as AssessmentInput;
        return {
          ...stored,
          status: input.status,
          situation: input.situation,
          indicatorValues: (input.indicatorValues ?? []).map((value) => ({
            ...value,
            indicatorName: 'Andel i arbete',
            gender: value.gender ?? 'TOTAL',
          })),
        };
      },
    });
    const api = fakeApi([
      ...resource.routes,
      { path: `/api/v1/follow-up-rounds/${ROUND_ID}`, respond: () => json(round(), { headers: { ETag: '"2"' } }) },
      ...baseRoutes(),
    ]);
    const user = userEvent.setup();
    renderApp(`/follow-up/assessments/${ASSESSMENT_ID}`);
    await user.click(await screen.findByRole('radio', { name: 'Delvis i fas' }));
    await user.type(screen.getByRole('textbox', { name: /^Läget/ }), 'Bostadsbristen består.');
    resource.changeMeanwhile({
      situation: 'Läget enligt kollegan.',
      indicatorValues: [{ indicatorId: INDICATOR_ID, indicatorName: 'Andel i arbete', gender: 'WOMEN', value: 40 }],
    });
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    expect(await conflictRow(/^Läget/)).toEqual([
      'Läget enligt kollegan.',
      'Bostadsbristen består.',
      'Bostadsbristen består.',
    ]);
    expect(await conflictRow(/^Indikatorvärden/)).toEqual([
      'Andel i arbete, Kvinnor: 40',
      '(tomt)',
      'Andel i arbete, Kvinnor: 40',
    ]);
    expect(screen.getByText('Du har ändrat: Status, Läget.')).toBeInTheDocument();
    await user.click(reapplyButton());

    expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
    expect(resource.stored).toMatchObject({
      version: 5,
      status: 'PARTLY',
      situation: 'Bostadsbristen består.',
      indicatorValues: [{ indicatorId: INDICATOR_ID, gender: 'WOMEN', value: 40 }],
    });
    // The form shows what was saved and goes on from that version.
    expect(screen.getByRole('textbox', { name: 'Andel i arbete, Kvinnor' })).toHaveValue('40');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await waitFor(() => expect(api.calls('PUT', path)).toHaveLength(3));
    expect(api.calls('PUT', path).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"', '"5"']);
  });

  it('saves the next draft on the version saved when handing in was refused', async () => {
    const api = fakeApi(routes(assessment(), () => conflict('submit-needs-situation')));
    const user = userEvent.setup();
    renderApp(`/follow-up/assessments/${ASSESSMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Lämna in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Beskriv läget innan du lämnar in.');
    await user.type(screen.getByRole('textbox', { name: /^Läget/ }), 'Bostadsbristen består.');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await waitFor(() => expect(api.calls('PUT', path)).toHaveLength(2));
    expect(api.calls('PUT', path).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
  });

  it('a handing in refused after its draft was saved leaves nothing unsaved: leaving does not ask', async () => {
    const api = fakeApi(routes(assessment(), () => conflict('submit-needs-situation')));
    const user = userEvent.setup();
    const { router } = renderApp(`/follow-up/assessments/${ASSESSMENT_ID}`);
    await user.type(await screen.findByRole('textbox', { name: /^Läget/ }), 'Bostadsbristen består.');
    await user.click(screen.getByRole('button', { name: 'Lämna in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Beskriv läget innan du lämnar in.');
    expect(api.calls('PUT', path)).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /^Läget/ })).toHaveValue('Bostadsbristen består.');

    await user.click(screen.getByRole('link', { name: /^Till uppföljningsomgången/ }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe(`/follow-up/assessments/${ASSESSMENT_ID}`));
    expect(screen.queryByRole('alertdialog', { name: 'Vill du lämna sidan?' })).not.toBeInTheDocument();
  });
});
