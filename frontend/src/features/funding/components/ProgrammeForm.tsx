import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormEnumSelect,
  FormField,
  FormTextArea,
  FormTextField,
  ServerForm,
  useFieldLabels,
  type EntityFormProps,
} from '../../../components';
import { TextField } from '../../../design-system';
import { programmeKinds, type Programme, type ProgrammeInput, type ProgrammeKind } from '../types';

const FORM = 'funding-programme';
export const programmeFields = ['kind', 'name', 'description', 'legalBasis', 'managingAuthority'] as const;

export const emptyProgrammeInput: ProgrammeInput = { kind: 'PARAGRAPH_37', name: '' };

export function programmeInputOf(programme: Programme): ProgrammeInput {
  return {
    kind: programme.kind,
    name: programme.name,
    description: programme.description,
    legalBasis: programme.legalBasis,
    managingAuthority: programme.managingAuthority,
  };
}

export function useProgrammeFieldLabel() {
  const { t } = useTranslation();
  return useFieldLabels(programmeFields, 'funding.field', (field) =>
    field.startsWith('legalBasis.sfs') ? t('funding.field.sfs') : undefined,
  );
}

/** A programme: kind, name, description, legal basis (SFS number) and managing authority. */
export function ProgrammeForm({ initialInput, onSubmit, ...formProps }: EntityFormProps<ProgrammeInput>) {
  const { t } = useTranslation();
  const labelOf = useProgrammeFieldLabel();
  const [kind, setKind] = useState<ProgrammeKind>(initialInput.kind);
  const [name, setName] = useState(initialInput.name);
  const [description, setDescription] = useState(initialInput.description ?? '');
  const [sfs, setSfs] = useState(initialInput.legalBasis?.sfs ?? '');
  const [sfsTitle, setSfsTitle] = useState(initialInput.legalBasis?.title ?? '');
  const [authority, setAuthority] = useState(initialInput.managingAuthority ?? '');
  return (
    <ServerForm
      form={FORM}
      fields={programmeFields}
      labelOf={labelOf}
      {...formProps}
      onSubmit={() =>
        onSubmit({
          kind,
          name,
          description: description || undefined,
          legalBasis: sfs || sfsTitle ? { sfs, title: sfsTitle || undefined } : undefined,
          managingAuthority: authority || undefined,
        })
      }
    >
      <FormEnumSelect
        name="kind"
        values={programmeKinds}
        labelOfValue={(id) => t(`funding.programmeKind.${id}`)}
        value={kind}
        onChange={setKind}
      />
      <FormTextField name="name" isRequired value={name} onChange={setName} />
      <FormTextArea name="description" value={description} onChange={setDescription} />
      <FormField form={FORM} name="legalBasis">
        <TextField
          name="legalBasis.sfs"
          label={labelOf('legalBasis.sfs')}
          description={t('funding.programme.sfsHelp')}
          value={sfs}
          onChange={setSfs}
        />
        <TextField
          name="legalBasis.title"
          label={t('funding.field.sfsTitle')}
          value={sfsTitle}
          onChange={setSfsTitle}
        />
      </FormField>
      <FormTextField name="managingAuthority" value={authority} onChange={setAuthority} />
    </ServerForm>
  );
}
