import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EditSessionView,
  FormTextArea,
  ServerForm,
  useErrorMessage,
  useVersionedEdit,
  type Snapshot,
  type SessionFormStart,
} from '../../../components';
import type { VersionedReport } from '../api/getResultsReport';
import { usePutResultsReportParts } from '../api/putResultsReportParts';
import type { Assignment, ResultsReportPartInput } from '../types';

/** The reports' texts are long; the server refuses more (and names the field). */
const MAX = 20000;
const FORM = 'results-report-parts';
const TEXTS = ['assessment', 'successFactors', 'areasToDevelop'] as const;
type PartText = (typeof TEXTS)[number];

/** What the editor edits: every assignment's texts, one field each (`SITUATION_REPORTS.assessment`). */
type PartsValues = Record<string, string>;

// Joined, not a template: a dotted template reads as a text key to the texts' split (vite-plugin-texts).
const fieldOf = (assignment: Assignment, text: PartText) => [assignment, text].join('.');

/** The report's parts as an edit snapshot: their texts and the ETag of the report's version. */
function partsSnapshot({ report, etag }: VersionedReport): Snapshot<PartsValues> {
  const input: PartsValues = {};
  for (const part of report.parts) for (const text of TEXTS) input[fieldOf(part.assignment, text)] = part[text] ?? '';
  return { input, etag };
}

function partsInput(assignments: readonly Assignment[], values: PartsValues): ResultsReportPartInput[] {
  return assignments.map((assignment) => ({
    assignment,
    assessment: values[fieldOf(assignment, 'assessment')] ?? '',
    successFactors: values[fieldOf(assignment, 'successFactors')] ?? '',
    areasToDevelop: values[fieldOf(assignment, 'areasToDevelop')] ?? '',
  }));
}

/**
 * Every assignment's part of a draft, saved together with the report's version. The editor goes on from the version
 * it saved; when someone else saved meanwhile (412), the conflict screen shows their texts field by field, to
 * re-apply mine onto their version or start again from it.
 */
export function PartsEditor({
  versioned,
  readAgain,
}: {
  versioned: VersionedReport;
  /** Reads the report again (e.g. `() => refetched(query)`). */
  readAgain: () => Promise<VersionedReport>;
}) {
  const { t } = useTranslation();
  const save = usePutResultsReportParts();
  const [saved, setSaved] = useState(false);
  const { report } = versioned;
  const assignments = report.parts.map((part) => part.assignment);
  const fields = assignments.flatMap((assignment) => TEXTS.map((text) => fieldOf(assignment, text)));
  const labelOf = (field: string): string => {
    // A conflict row (`ASSIGNMENT.text`) or a refused field (`parts[0].text`): the assignment and the text.
    const refused = /^parts\[(\d+)]\.?(.*)$/.exec(field);
    const [name, textName] = refused ? [assignments[Number(refused[1])], refused[2]] : field.split('.');
    const assignment = assignments.find((candidate) => candidate === name);
    const text = TEXTS.find((candidate) => candidate === textName);
    if (!assignment) return field;
    const assignmentLabel = t(`resultsReports.assignment.${assignment}`);
    if (!text) return assignmentLabel;
    return t('resultsReports.part.fieldOf', { assignment: assignmentLabel, field: t(`resultsReports.part.${text}`) });
  };
  const session = useVersionedEdit({
    read: versioned,
    readAgain,
    snapshotOf: partsSnapshot,
    save: async (values, etag) => {
      const updated = await save.mutateAsync({ id: report.id, etag, parts: partsInput(assignments, values) });
      setSaved(true);
      return partsSnapshot(updated);
    },
  });
  return (
    <>
      <div role="status" className="form-saved">
        {saved ? t('resultsReports.part.saved') : ''}
      </div>
      <EditSessionView
        session={session}
        fields={fields}
        labelOf={labelOf}
        renderForm={(start) => (
          <PartsForm
            {...start}
            assignments={assignments}
            labelOf={labelOf}
            onChange={() => setSaved(false)}
            onSave={async (values) => {
              setSaved(false);
              await session.submit(values);
            }}
          />
        )}
      />
    </>
  );
}

function PartsForm({
  assignments,
  labelOf,
  initialInput,
  onChange,
  onSave,
  ...start
}: SessionFormStart<PartsValues> & {
  assignments: readonly Assignment[];
  labelOf: (field: string) => string;
  onChange: () => void;
  onSave: (values: PartsValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [values, setValues] = useState(initialInput);
  const set = (field: string) => (value: string) => {
    setValues((all) => ({ ...all, [field]: value }));
    onChange();
  };
  return (
    <ServerForm
      form={FORM}
      fields={['parts']}
      labelOf={labelOf}
      {...start}
      requiredHint={false}
      describeError={(error) => ({ title: t('resultsReports.refused'), text: message(error) })}
      submitLabel={t('resultsReports.part.save')}
      onSubmit={() => onSave(values)}
    >
      {assignments.map((assignment, index) => (
        <fieldset key={assignment} className="results-report-part">
          <legend>{t(`resultsReports.assignment.${assignment}`)}</legend>
          {TEXTS.map((text) => (
            <FormTextArea
              key={text}
              name={`parts[${index}].${text}`}
              label={t(`resultsReports.part.${text}`)}
              description={text === 'assessment' ? t('resultsReports.part.assessmentHelp') : undefined}
              value={values[fieldOf(assignment, text)] ?? ''}
              onChange={set(fieldOf(assignment, text))}
              maxLength={MAX}
              rows={text === 'assessment' ? 4 : 3}
            />
          ))}
        </fieldset>
      ))}
    </ServerForm>
  );
}
