import type { components } from '../../lib/api';

type S = components['schemas'];
export type Survey = S['Survey'];
export type SurveyListItem = S['SurveyListItem'];
export type SurveyInput = S['SurveyInput'];
export type SurveyStatus = S['SurveyStatus'];
export type SurveyTheme = S['SurveyTheme'];
export type Question = S['SurveyQuestion'];
export type QuestionKind = S['QuestionKind'];
export type QuestionInput = S['SurveyQuestionInput'];
export type CommentMode = S['CommentMode'];
export type Agreement = S['Rating'];
export type Answer = S['SurveyAnswer'];
export type AnswerItemInput = S['SurveyAnswerItemInput'];
export type Results = S['SurveyResults'];
export type QuestionResult = S['SurveyQuestionResult'];
export type Comparison = S['SurveyCountyComparison'];
export type HistoryEntry = S['HistoryEntry'];
export type FieldChange = S['FieldChange'];

/** The agreement scale in its order, "vet ej / ej aktuellt" last. */
export const AGREEMENTS: Agreement[] = ['AGREE_FULLY', 'AGREE_PARTLY', 'AGREE_LITTLE', 'DISAGREE', 'NOT_APPLICABLE'];
