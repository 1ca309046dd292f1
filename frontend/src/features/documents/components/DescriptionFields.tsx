import { useTranslation } from 'react-i18next';
import { FormRadioGroup, FormSelect, FormTextField } from '../../../components';
import { documentKinds, documentLanguages, type DocumentKind, type DocumentVisibility } from '../types';
import { languageName } from './format';

export type DescriptionValues = {
  title: string;
  kind: DocumentKind | '';
  language: string;
  visibility: DocumentVisibility | '';
};

/** Title, kind, language and visibility: what every document and link has (inside its `ServerForm`). */
export function DescriptionFields({
  values,
  onChange,
}: {
  values: DescriptionValues;
  onChange: (values: DescriptionValues) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <FormTextField
        name="title"
        label={t('documents.form.title')}
        isRequired
        value={values.title}
        onChange={(title) => onChange({ ...values, title })}
      />
      <FormSelect
        name="kind"
        label={t('documents.form.kind')}
        isRequired
        value={values.kind || null}
        onChange={(kind) => onChange({ ...values, kind: (kind ?? '') as DocumentKind | '' })}
        options={documentKinds.map((kind) => ({ id: kind, label: t(`documents.kind.${kind}`) }))}
        placeholder={t('documents.form.choose')}
      />
      <FormSelect
        name="language"
        label={t('documents.form.language')}
        isRequired
        value={values.language || null}
        onChange={(language) => onChange({ ...values, language: language ?? '' })}
        options={documentLanguages.map((code) => ({ id: code, label: languageName(code, i18n.language) }))}
      />
      <FormRadioGroup
        name="visibility"
        label={t('documents.form.visibility')}
        isRequired
        description={t('documents.form.visibilityHint')}
        value={values.visibility || null}
        onChange={(visibility) => onChange({ ...values, visibility: visibility as DocumentVisibility })}
        options={[
          { id: 'PUBLIC', label: t('documents.visibility.PUBLIC') },
          { id: 'INTERNAL', label: t('documents.visibility.INTERNAL') },
        ]}
      />
    </>
  );
}
