import { describe, expect, it } from 'vitest';
import type { Task } from '../types';
import { taskLink } from './taskLink';

const task = (change: Partial<Task>): Task => ({
  kind: 'SURVEY_ANSWER',
  targetId: '5e1ec7ed-0000-4000-8000-000000000001',
  title: 'Lägesbild 2026',
  state: 'OPEN',
  overdue: false,
  status: 'NOT_STARTED',
  missing: [],
  ...change,
});

describe('taskLink', () => {
  it('takes a survey to answer to the answer form of the organisation it is for', () => {
    expect(taskLink(task({ organisationId: '9edd9c2e-5364-3ab9-8c9d-ee9980dd5ad2' }))).toBe(
      '/surveys/5e1ec7ed-0000-4000-8000-000000000001/answers/9edd9c2e-5364-3ab9-8c9d-ee9980dd5ad2',
    );
  });

  it('falls back to the survey itself without an organisation', () => {
    expect(taskLink(task({}))).toBe('/surveys/5e1ec7ed-0000-4000-8000-000000000001');
  });
});
