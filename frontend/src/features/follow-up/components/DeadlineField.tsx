import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../components';

/** The round's deadline, as entered when opening a round and when moving it (inside the form's `ServerForm`). */
export function DeadlineField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <FormTextField
      label={t('followUp.fields.deadline')}
      description={t('followUp.fields.dateHint')}
      name="deadline"
      value={value}
      onChange={onChange}
      isRequired
    />
  );
}
