import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, PageHeading, RadioGroup, Spinner } from '../../../design-system';
import { FormField, FormTextField, NotFoundPage, NotPermittedPage, QueryError, ServerForm } from '../../../components';
import type { UploadProgress } from '../../../lib/api';
import { useAttachFile } from '../api/attachFile';
import { useAttachLink } from '../api/attachLink';
import { useDocuments } from '../api/getDocuments';
import { DescriptionFields, type DescriptionValues } from '../components/DescriptionFields';
import { FileField } from '../components/FileField';
import { ownerHref } from '../components/format';
import { UploadStatus } from '../components/UploadStatus';
import type { OwnerType } from '../types';

const routeApi = getRouteApi('/documents/new');

const FORM = 'attach';
const FIELDS = ['file', 'url', 'title', 'kind', 'language', 'visibility'] as const;

/** Attach a file or a link to an agreement, meeting, agenda item, status report or follow-up round. */
export function AttachPage() {
  const search = routeApi.useSearch();
  if (!search.ownerType || !search.ownerId) return <NotFoundPage />;
  return <AttachForm ownerType={search.ownerType} ownerId={search.ownerId} initialType={search.type ?? 'FILE'} />;
}

function AttachForm({
  ownerType,
  ownerId,
  initialType,
}: {
  ownerType: OwnerType;
  ownerId: string;
  initialType: 'FILE' | 'LINK';
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const documents = useDocuments(ownerType, ownerId);
  const attachFile = useAttachFile();
  const attachLink = useAttachLink();
  const file = useRef<HTMLInputElement>(null);
  const [type, setType] = useState<'FILE' | 'LINK'>(initialType);
  const [url, setUrl] = useState('');
  const [progress, setProgress] = useState<UploadProgress | undefined>();
  const [values, setValues] = useState<DescriptionValues>({
    title: '',
    kind: '',
    language: 'sv',
    visibility: 'PUBLIC',
  });

  if (documents.isPending) return <Spinner label={t('documents.loading')} />;
  if (documents.isError) {
    return (
      <>
        <PageHeading>{t('documents.attach.title')}</PageHeading>
        <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
      </>
    );
  }
  if (!documents.data.canAttach) return <NotPermittedPage />;
  const owner = documents.data.owner;
  const back = ownerHref(owner);

  const submit = async () => {
    if (type === 'FILE') {
      setProgress({ loaded: 0, total: file.current?.files?.[0]?.size });
      try {
        const created = await attachFile.mutateAsync({
          ownerType,
          ownerId,
          ...values,
          file: file.current?.files?.[0],
          onProgress: setProgress,
        });
        await navigate({ to: '/documents/$id', params: { id: created.id } });
      } finally {
        setProgress(undefined);
      }
    } else {
      const created = await attachLink.mutateAsync({
        ownerType,
        ownerId,
        title: values.title,
        kind: values.kind as never,
        language: values.language,
        visibility: values.visibility as never,
        url,
      });
      await navigate({ to: '/documents/$id', params: { id: created.id } });
    }
  };

  return (
    <>
      <PageHeading>{t('documents.attach.title')}</PageHeading>
      <p>
        {t(`documents.ownerType.${owner.type}`)}: <Link href={back}>{owner.title}</Link>
      </p>
      <RadioGroup
        label={t('documents.attach.what')}
        orientation="horizontal"
        value={type}
        onChange={(value) => setType(value as 'FILE' | 'LINK')}
        options={[
          { id: 'FILE', label: t('documents.attach.file') },
          { id: 'LINK', label: t('documents.attach.link') },
        ]}
      />
      <ServerForm
        form={FORM}
        fields={FIELDS}
        labelOf={(field) => t(`documents.form.${field as (typeof FIELDS)[number]}`)}
        onSubmit={submit}
        submitLabel={type === 'FILE' ? t('documents.attach.submitFile') : t('documents.attach.submitLink')}
        cancelHref={back}
      >
        {type === 'FILE' ? (
          <FormField form={FORM} name="file">
            <FileField ref={file} label={t('documents.form.file')} />
          </FormField>
        ) : (
          <FormTextField
            name="url"
            label={t('documents.form.url')}
            type="url"
            isRequired
            description={t('documents.form.urlHint')}
            value={url}
            onChange={setUrl}
          />
        )}
        <DescriptionFields values={values} onChange={setValues} />
        <UploadStatus progress={progress} />
      </ServerForm>
    </>
  );
}
