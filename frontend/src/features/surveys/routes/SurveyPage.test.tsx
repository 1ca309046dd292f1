import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { baseRoutes, fakeApi } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { conflictRow, reapplyButton, versionedResource } from '../../../test/versionedResource';
import { survey, SURVEY_ID } from '../testData';
import type { SurveyInput } from '../types';

const ID = SURVEY_ID;
const path = `/api/v1/surveys/${ID}`;

const draft = survey({
  status: 'DRAFT',
  permissions: {
    update: true,
    statusChanges: [],
    copy: false,
    summarise: false,
    readResults: false,
    export: false,
    followCounties: [],
  },
});

describe('survey draft editor', () => {
  it('on 412 shows what someone else changed, re-applies my changes with the new ETag and goes on from there', async () => {
    const resource = versionedResource(path, draft, {
      write: (stored, body) => {
        const input = body as SurveyInput;
        return { ...stored, title: input.title, introduction: input.introduction };
      },
    });
    const api = fakeApi([...resource.routes, ...baseRoutes()]);
    const user = userEvent.setup();
    renderApp(`/surveys/${ID}`);
    await user.type(await screen.findByRole('textbox', { name: 'Inledning' }), 'Om mottagandet i länet.');
    resource.changeMeanwhile({ title: 'Lägesbild 2026, reviderad' });
    await user.click(screen.getByRole('button', { name: 'Spara utkastet' }));

    expect(await conflictRow(/^Rubrik/)).toEqual([
      'Lägesbild 2026, reviderad',
      'Lägesbild 2026',
      'Lägesbild 2026, reviderad',
    ]);
    expect(screen.getByText('Du har ändrat: Inledning.')).toBeInTheDocument();
    await user.click(reapplyButton());

    expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
    expect(resource.stored).toMatchObject({
      version: 5,
      title: 'Lägesbild 2026, reviderad',
      introduction: 'Om mottagandet i länet.',
    });
    expect(screen.getByRole('textbox', { name: /^Rubrik/ })).toHaveValue('Lägesbild 2026, reviderad');
    await user.click(screen.getByRole('button', { name: 'Spara utkastet' }));
    await waitFor(() => expect(api.calls('PUT', path)).toHaveLength(3));
    expect(api.calls('PUT', path).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"', '"5"']);
  });
});
