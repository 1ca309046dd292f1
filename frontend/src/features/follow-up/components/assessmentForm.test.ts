import { describe, expect, it } from 'vitest';
import { activityFromPlan, toAssessmentInput } from './assessmentForm';

describe('an activity taken from the action plan', () => {
  it('brings its title, text, owner and partners and project, and is sent with the plan activity it came from', () => {
    const item = activityFromPlan({
      id: 'plan-1',
      title: 'Språkpraktik i kommunen',
      description: 'Tjugo platser i äldreomsorgen',
      owner: { id: 'vasteras', name: 'Västerås stad' },
      partners: [{ id: 'af', name: 'Arbetsförmedlingen' }],
      project: { id: 'project-1' },
    });
    expect(item.organisations).toEqual([
      { id: 'vasteras', label: 'Västerås stad' },
      { id: 'af', label: 'Arbetsförmedlingen' },
    ]);
    const { input } = toAssessmentInput(
      { status: null, situation: '', activities: [item], values: {}, municipalities: {} },
      [],
    );
    expect(input.activities).toEqual([
      {
        title: 'Språkpraktik i kommunen',
        description: 'Tjugo platser i äldreomsorgen',
        organisationIds: ['vasteras', 'af'],
        result: undefined,
        fundingSource: undefined,
        projectId: 'project-1',
        planActivityId: 'plan-1',
      },
    ]);
  });
});
