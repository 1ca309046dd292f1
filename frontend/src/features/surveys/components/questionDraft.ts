import { listItemsOf, newListItem, type ListItem } from '../../../design-system';
import type { CommentMode, Question, QuestionInput, QuestionKind } from '../types';

/** A question as the editor holds it: every kind's fields, numbers as typed (decimal comma allowed). */
export type QuestionDraft = {
  /** Stable while editing (React's key), also for a question not yet stored. */
  localId: string;
  /** The identity across years; absent until the server has stored the question. */
  key?: string;
  kind: QuestionKind;
  text: string;
  help: string;
  required: boolean;
  commentMode: CommentMode;
  unit: string;
  minValue: string;
  maxValue: string;
  genderSplit: boolean;
  options: ListItem[];
};

export const QUESTION_KINDS: QuestionKind[] = ['STATEMENT', 'TEXT', 'NUMBER', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE'];
export const COMMENT_MODES: CommentMode[] = ['NONE', 'OPTIONAL', 'REQUIRED'];

export const isChoice = (kind: QuestionKind) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

/** A number as typed ("1 500,5" or "1500.5"); undefined when empty, null when it is no number. */
export function parseDecimal(typed: string): number | undefined | null {
  const compact = typed.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (compact === '') return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return null;
  return Number(compact);
}

/** A number shown with the decimal comma, as it would be typed in Swedish. */
function typedOf(value: number | undefined, locale: string): string {
  if (value === undefined) return '';
  return locale.startsWith('sv') ? String(value).replace('.', ',') : String(value);
}

export function draftOf(question: Question, locale = 'sv'): QuestionDraft {
  return {
    localId: question.key,
    key: question.key,
    kind: question.kind,
    text: question.text,
    help: question.help ?? '',
    required: question.required,
    commentMode: question.commentMode,
    unit: question.unit ?? '',
    minValue: typedOf(question.minValue, locale),
    maxValue: typedOf(question.maxValue, locale),
    genderSplit: question.genderSplit,
    options: listItemsOf(question.options),
  };
}

/** A new question: a statement on the scale, answer required, comment optional. */
export function newDraft(): QuestionDraft {
  return {
    localId: newListItem().key,
    kind: 'STATEMENT',
    text: '',
    help: '',
    required: true,
    commentMode: 'OPTIONAL',
    unit: '',
    minValue: '',
    maxValue: '',
    genderSplit: false,
    options: [],
  };
}

/**
 * The API input of a draft: only the fields of its kind are sent (the server refuses a unit on a statement), so a
 * question changed from one kind to another leaves nothing of the old kind behind.
 */
export function questionInput(draft: QuestionDraft): QuestionInput {
  const help = draft.help.trim();
  const input: QuestionInput = {
    key: draft.key,
    kind: draft.kind,
    text: draft.text,
    help: help === '' ? undefined : help,
    required: draft.required,
  };
  if (draft.kind === 'STATEMENT') input.commentMode = draft.commentMode;
  if (draft.kind === 'NUMBER') {
    const unit = draft.unit.trim();
    input.unit = unit === '' ? undefined : unit;
    input.minValue = parseDecimal(draft.minValue) ?? undefined;
    input.maxValue = parseDecimal(draft.maxValue) ?? undefined;
    input.genderSplit = draft.genderSplit;
  }
  if (isChoice(draft.kind)) input.options = draft.options.map((option) => option.value.trim()).filter(Boolean);
  return input;
}
