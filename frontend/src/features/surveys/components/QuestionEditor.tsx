import { useTranslation } from 'react-i18next';
import {
  Button,
  CheckboxGroup,
  newListItem,
  OrderedListEditor,
  Select,
  TextArea,
  TextField,
  type OrderedListEditorLabels,
} from '../../../design-system';
import type { CommentMode, QuestionKind } from '../types';
import { COMMENT_MODES, isChoice, parseDecimal, QUESTION_KINDS, type QuestionDraft } from './questionDraft';

export type QuestionEditorProps = {
  draft: QuestionDraft;
  /** 1-based, within its theme. */
  position: number;
  /** The API field path of the question, e.g. `themes[0].questions[2]`, so that server errors name it. */
  name: string;
  onChange: (draft: QuestionDraft) => void;
  onRemove: () => void;
};

function useOptionLabels(): OrderedListEditorLabels {
  const { t } = useTranslation();
  return {
    legend: t('surveys.editor.options'),
    description: t('surveys.editor.optionsHelp'),
    item: (n: number) => t('surveys.editor.option', { n }),
    add: t('surveys.editor.addOption'),
    moveUp: t('surveys.editor.moveUp'),
    moveDown: t('surveys.editor.moveDown'),
    remove: t('surveys.editor.remove'),
    moved: (from: number, to: number, count: number) => t('surveys.editor.optionMoved', { from, to, count }),
    added: (n: number) => t('surveys.editor.optionAdded', { n }),
    removed: (n: number) => t('surveys.editor.optionRemoved', { n }),
    empty: t('surveys.editor.noOptions'),
  };
}

/**
 * One question of a draft, every kind in full: the text and help, whether an answer is required; for a statement
 * whether a comment is asked for; for a number its unit, bounds and the split by women and men; for a choice its
 * options in order.
 */
export function QuestionEditor({ draft, position, name, onChange, onRemove }: QuestionEditorProps) {
  const { t } = useTranslation();
  const optionLabels = useOptionLabels();
  const set = (change: Partial<QuestionDraft>) => onChange({ ...draft, ...change });
  const numberError = (typed: string) => (parseDecimal(typed) === null ? t('surveys.editor.notANumber') : null);
  const settings = [
    { id: 'required', label: t('surveys.editor.required') },
    ...(draft.kind === 'NUMBER' ? [{ id: 'genderSplit', label: t('surveys.editor.genderSplit') }] : []),
  ];
  return (
    <fieldset className="survey-question">
      <legend>{t('surveys.editor.question', { number: position })}</legend>
      <TextArea
        label={t('surveys.editor.questionText')}
        name={`${name}.text`}
        value={draft.text}
        onChange={(text) => set({ text })}
        rows={2}
        isRequired
      />
      <Select
        label={t('surveys.editor.kind')}
        options={QUESTION_KINDS.map((kind) => ({ id: kind, label: t(`surveys.kind.${kind}`) }))}
        value={draft.kind}
        onChange={(value) => {
          if (!value) return;
          const kind = value as QuestionKind;
          // A new choice starts with two empty options to fill in.
          set(
            isChoice(kind) && draft.options.length === 0 ? { kind, options: [newListItem(), newListItem()] } : { kind },
          );
        }}
      />
      <TextField
        label={t('surveys.editor.help')}
        name={`${name}.help`}
        value={draft.help}
        onChange={(help) => set({ help })}
      />
      {draft.kind === 'STATEMENT' && (
        <Select
          label={t('surveys.editor.comment')}
          options={COMMENT_MODES.map((mode) => ({ id: mode, label: t(`surveys.commentMode.${mode}`) }))}
          value={draft.commentMode}
          onChange={(value) => value && set({ commentMode: value as CommentMode })}
        />
      )}
      {draft.kind === 'NUMBER' && (
        <div className="survey-number-settings">
          <TextField
            label={t('surveys.editor.unit')}
            description={t('surveys.editor.unitHelp')}
            name={`${name}.unit`}
            value={draft.unit}
            onChange={(unit) => set({ unit })}
          />
          <TextField
            label={t('surveys.editor.minValue')}
            description={t('surveys.editor.numberHelp')}
            name={`${name}.minValue`}
            inputMode="decimal"
            value={draft.minValue}
            onChange={(minValue) => set({ minValue })}
            validate={numberError}
          />
          <TextField
            label={t('surveys.editor.maxValue')}
            description={t('surveys.editor.numberHelp')}
            name={`${name}.maxValue`}
            inputMode="decimal"
            value={draft.maxValue}
            onChange={(maxValue) => set({ maxValue })}
            validate={numberError}
          />
        </div>
      )}
      {isChoice(draft.kind) && (
        <OrderedListEditor
          name={`${name}.options`}
          items={draft.options}
          onChange={(options) => set({ options })}
          labels={optionLabels}
          rows={1}
        />
      )}
      <CheckboxGroup
        label={t('surveys.editor.settings')}
        options={settings}
        value={[
          ...(draft.required ? ['required'] : []),
          ...(draft.kind === 'NUMBER' && draft.genderSplit ? ['genderSplit'] : []),
        ]}
        onChange={(chosen) =>
          set({
            required: chosen.includes('required'),
            ...(draft.kind === 'NUMBER' ? { genderSplit: chosen.includes('genderSplit') } : {}),
          })
        }
      />
      <Button variant="secondary" onPress={onRemove}>
        {t('surveys.editor.removeQuestion', { number: position })}
      </Button>
    </fieldset>
  );
}
