import {
  toActionItem,
  toActionPlan,
  toAssessment,
  toFundingApplication,
  toFundingProject,
  toMeeting,
  toRound,
  toStatusReport,
  toSurvey,
  toSurveyAnswer,
} from '../../../lib/links';
import type { Task } from '../types';

/** The page a task is done on. */
export function taskLink(task: Task): string {
  const id = task.targetId;
  switch (task.kind) {
    case 'ASSESSMENT':
    case 'REVIEW_ASSESSMENT':
      return toAssessment({ assessmentId: id });
    case 'ROUND_MISSING':
      return toRound({ roundId: id });
    case 'ACTION_ITEM':
    case 'ACTION_ITEM_OVERDUE':
      return toActionItem({ id });
    case 'CONTRIBUTION':
    case 'CONTRIBUTION_OVERDUE':
      return toStatusReport({ id });
    case 'SURVEY_ANSWER':
      // The answer form of the organisation the task is for.
      return task.organisationId ? toSurveyAnswer({ id, organisationId: task.organisationId }) : toSurvey({ id });
    case 'FUNDING_APPLICATION':
      return toFundingApplication({ id });
    case 'FUNDING_ACCOUNT':
      // Accounts are filed on their project's page.
      return toFundingProject({ id });
    case 'PLAN_ACTIVITY':
      // Activities are carried out and marked on their agreement's action plan.
      return toActionPlan({ id });
    case 'MEETING_UPCOMING':
    case 'MINUTES_UNPUBLISHED':
      return toMeeting({ id });
  }
}
