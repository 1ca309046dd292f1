import { useTranslation } from 'react-i18next';
import { ChangesTable } from '../../../components';
import type { FieldChange } from '../types';
import { enumFields, translateEnumValue } from './historyText';

/** The text namespace of an enum-valued field, looked up by any field name (most have none). */
const enumNamespaces: Partial<Record<string, string>> = enumFields;

const knownFields = [
  'kind',
  'title',
  'county',
  'municipality',
  'period',
  'purpose',
  'background',
  'reportNumber',
  'caseNumber',
  'legalBasis',
  'targetGroups',
  'perspectives',
  'parentAgreement',
  'supersedes',
  'status',
  'adoptedOn',
  'organisation',
  'role',
  'signatories',
  'signedOn',
  'number',
  'goal',
  'strategies',
  'level',
  'year',
  'points',
  'decidedBy',
  'decidedOn',
  'section',
  'text',
] as const;
type KnownField = (typeof knownFields)[number];

function isKnownField(field: string): field is KnownField {
  return (knownFields as readonly string[]).includes(field);
}

/** Field names and values of recorded changes in words; `entityType` tells a responsibility's kind from an agreement's. */
export function useChangeText() {
  const { t, i18n } = useTranslation();
  const label = (field: string, entityType?: string) => {
    if (entityType === 'RESPONSIBILITY' && field === 'kind') return t('agreements.responsibilities.kind');
    return isKnownField(field) ? t(`agreements.changeField.${field}`) : field;
  };
  const value = (field: string, raw: string | undefined, entityType?: string) => {
    if (raw === undefined || raw === '') return t('common.conflict.empty');
    // Lists are stored joined by "; ": one entry a line.
    if (field === 'legalBasis' || field === 'signatories') return raw.split('; ').join('\n');
    const namespace =
      entityType === 'RESPONSIBILITY' && field === 'kind' ? 'responsibilityKind' : enumNamespaces[field];
    if (!namespace) return raw;
    return translateEnumValue(raw, (name) => {
      const key = `${namespace}.${name}`;
      return i18n.exists(key) ? t(key as 'agreementKind.LOCAL') : undefined;
    });
  };
  return { label, value };
}

/** Recorded changes as a table: what, before, after (multi-line values keep their lines). */
export function FieldChanges({
  changes,
  caption,
  entityType,
}: {
  changes: FieldChange[];
  caption: string;
  entityType?: string;
}) {
  const { t } = useTranslation();
  const text = useChangeText();
  return (
    <ChangesTable
      changes={changes}
      texts={{
        caption,
        field: t('agreements.history.field'),
        before: t('agreements.history.before'),
        after: t('agreements.history.after'),
      }}
      label={(field) => text.label(field, entityType)}
      value={(field, raw) => text.value(field, raw, entityType)}
    />
  );
}
