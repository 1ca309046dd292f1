import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components';
import { TextField } from '../../../design-system';

/** The round's deadline, as entered when opening a round and when moving it. */
export function DeadlineField({
  form,
  value,
  onChange,
}: {
  form: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormField form={form} name="deadline">
      <TextField
        label={t('followUp.fields.deadline')}
        description={t('followUp.fields.dateHint')}
        name="deadline"
        value={value}
        onChange={onChange}
        isRequired
      />
    </FormField>
  );
}
