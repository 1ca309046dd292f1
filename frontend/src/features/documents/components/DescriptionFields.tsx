import { useTranslation } from 'react-i18next';
import { RadioGroup, Select, TextField } from '../../../design-system';
import { FormField } from '../../../components';
import { documentKinds, documentLanguages, type DocumentKind, type DocumentVisibility } from '../types';
import { languageName } from './format';

export type DescriptionValues = {
  title: string;
  kind: DocumentKind | '';
  language: string;
  visibility: DocumentVisibility | '';
};

/** Title, kind, language and visibility: what every document and link has. */
export function DescriptionFields({
  form,
  values,
  onChange,
}: {
  form: string;
  values: DescriptionValues;
  onChange: (values: DescriptionValues) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <FormField form={form} name="title">
        <TextField
          label={t('documents.form.title')}
          name="title"
          isRequired
          value={values.title}
          onChange={(title) => onChange({ ...values, title })}
        />
      </FormField>
      <FormField form={form} name="kind">
        <Select
          label={t('documents.form.kind')}
          name="kind"
          isRequired
          value={values.kind || null}
          onChange={(kind) => onChange({ ...values, kind: (kind ?? '') as DocumentKind | '' })}
          options={documentKinds.map((kind) => ({ id: kind, label: t(`documents.kind.${kind}`) }))}
          placeholder={t('documents.form.choose')}
        />
      </FormField>
      <FormField form={form} name="language">
        <Select
          label={t('documents.form.language')}
          name="language"
          isRequired
          value={values.language || null}
          onChange={(language) => onChange({ ...values, language: language ?? '' })}
          options={documentLanguages.map((code) => ({ id: code, label: languageName(code, i18n.language) }))}
        />
      </FormField>
      <FormField form={form} name="visibility">
        <RadioGroup
          label={t('documents.form.visibility')}
          name="visibility"
          isRequired
          description={t('documents.form.visibilityHint')}
          value={values.visibility || null}
          onChange={(visibility) => onChange({ ...values, visibility: visibility as DocumentVisibility })}
          options={[
            { id: 'PUBLIC', label: t('documents.visibility.PUBLIC') },
            { id: 'INTERNAL', label: t('documents.visibility.INTERNAL') },
          ]}
        />
      </FormField>
    </>
  );
}
