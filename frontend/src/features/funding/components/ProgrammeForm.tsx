import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import { Select, TextArea, TextField } from '../../../design-system';
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
  const labels = new Map<string, string>(programmeFields.map((f) => [f, t(`funding.field.${f}`)]));
  return (field: string) => {
    if (field.startsWith('legalBasis.sfs')) return t('funding.field.sfs');
    if (field.startsWith('legalBasis')) return t('funding.field.legalBasis');
    return labels.get(field.split(/[[.]/)[0] ?? field) ?? field;
  };
}

/** A programme: kind, name, description, legal basis (SFS number) and managing authority. */
export function ProgrammeForm({
  initialInput,
  onSubmit,
  submitLabel,
  cancelHref,
  notice,
  initialError,
}: {
  initialInput: ProgrammeInput;
  onSubmit: (input: ProgrammeInput) => Promise<void>;
  submitLabel: string;
  cancelHref: string;
  notice?: string;
  initialError?: unknown;
}) {
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
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      notice={notice}
      initialError={initialError}
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
      <FormField form={FORM} name="kind">
        <Select
          label={labelOf('kind')}
          name="kind"
          isRequired
          options={programmeKinds.map((id) => ({ id, label: t(`funding.programmeKind.${id}`) }))}
          value={kind}
          onChange={(value) => {
            const found = programmeKinds.find((k) => k === value);
            if (found) setKind(found);
          }}
        />
      </FormField>
      <FormField form={FORM} name="name">
        <TextField name="name" label={labelOf('name')} isRequired value={name} onChange={setName} />
      </FormField>
      <FormField form={FORM} name="description">
        <TextArea name="description" label={labelOf('description')} value={description} onChange={setDescription} />
      </FormField>
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
      <FormField form={FORM} name="managingAuthority">
        <TextField
          name="managingAuthority"
          label={labelOf('managingAuthority')}
          value={authority}
          onChange={setAuthority}
        />
      </FormField>
    </ServerForm>
  );
}
