import { useTranslation } from 'react-i18next';
import { FormDateField } from '../../../components';

/** The round's deadline, as entered when opening a round and when moving it (inside the form's `ServerForm`). */
export function DeadlineField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <FormDateField label={t('followUp.fields.deadline')} name="deadline" value={value} onChange={onChange} isRequired />
  );
}
