import type { Schemas } from '../../lib/api';

export type Survey = Schemas['Survey'];
export type SurveyListItem = Schemas['SurveyListItem'];
export type SurveyInput = Schemas['SurveyInput'];
export type SurveyStatus = Schemas['SurveyStatus'];
export type SurveyTheme = Schemas['SurveyTheme'];
export type Question = Schemas['SurveyQuestion'];
export type QuestionKind = Schemas['QuestionKind'];
export type QuestionInput = Schemas['SurveyQuestionInput'];
export type CommentMode = Schemas['CommentMode'];
export type Agreement = Schemas['Rating'];
export type Answer = Schemas['SurveyAnswer'];
export type AnswerItemInput = Schemas['SurveyAnswerItemInput'];
export type Results = Schemas['SurveyResults'];
export type QuestionResult = Schemas['SurveyQuestionResult'];
export type Comparison = Schemas['SurveyCountyComparison'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type FieldChange = Schemas['FieldChange'];

/** The agreement scale in its order, "vet ej / ej aktuellt" last. */
export const AGREEMENTS: Agreement[] = ['AGREE_FULLY', 'AGREE_PARTLY', 'AGREE_LITTLE', 'DISAGREE', 'NOT_APPLICABLE'];
