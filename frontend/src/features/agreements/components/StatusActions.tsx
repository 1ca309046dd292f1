import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../design-system';
import { todayIso } from '../../../lib/format';
import { useChangeAgreementStatus } from '../api/changeAgreementStatus';
import type { Agreement, AgreementStatus } from '../types';
import { ConfirmAction } from '../../../components';

type Props = {
  agreement: Agreement;
  etag: string;
  onDone: (outcome: { error?: unknown; status?: AgreementStatus }) => void;
};

/** Adoption asks for the date it was adopted (today unless told otherwise). */
function AdoptionDate({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextField
      type="date"
      label={t('agreements.manage.adoptedOnLabel')}
      description={t('agreements.manage.adoptedOnHint')}
      value={value}
      onChange={onChange}
    />
  );
}

/** The lifecycle steps the caller may take now (`permissions.statusChanges`), each confirmed in a dialog. */
export function StatusActions({ agreement, etag, onDone }: Props) {
  const { t } = useTranslation();
  const change = useChangeAgreementStatus();
  const [adoptedOn, setAdoptedOn] = useState(todayIso());
  return (
    <>
      {agreement.permissions.statusChanges.map((status) => (
        <ConfirmAction
          key={status}
          label={t(`agreements.manage.to.${status}`)}
          variant={status === 'ADOPTED' ? 'primary' : 'secondary'}
          title={t(`agreements.manage.confirm.${status}.title`)}
          confirmLabel={t(`agreements.manage.to.${status}`)}
          action={() =>
            change.mutateAsync({
              id: agreement.id,
              etag,
              input: status === 'ADOPTED' ? { status, adoptedOn: adoptedOn || undefined } : { status },
            })
          }
          onDone={(outcome) => onDone({ ...outcome, status })}
        >
          <p>{t(`agreements.manage.confirm.${status}.text`)}</p>
          {status === 'ADOPTED' && <AdoptionDate value={adoptedOn} onChange={setAdoptedOn} />}
        </ConfirmAction>
      ))}
    </>
  );
}
