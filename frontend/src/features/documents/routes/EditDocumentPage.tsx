import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../design-system';
import {
  conflictText,
  EditSessionView,
  FormTextField,
  NotPermittedPage,
  refetched,
  ServerForm,
  useEditSession,
  type SessionFormStart,
} from '../../../components';
import { toViewDocument } from '../../../lib/links';
import { useDocument, type VersionedDocument } from '../api/getDocument';
import { useUpdateDocument } from '../api/updateDocument';
import { DescriptionFields, type DescriptionValues } from '../components/DescriptionFields';
import { DocumentNotLoaded } from '../components/DocumentNotLoaded';
import { languageName } from '../components/format';
import type { Document } from '../types';

const routeApi = getRouteApi('/documents/$id/edit');

const FORM = 'edit-document';
const FIELDS = ['title', 'url', 'kind', 'language', 'visibility'] as const;
type Field = (typeof FIELDS)[number];
type Values = DescriptionValues & { url: string };

function valuesOf(document: Document): Values {
  return {
    title: document.title,
    kind: document.kind,
    language: document.language,
    visibility: document.visibility,
    url: document.url ?? '',
  };
}

/** Change a document's title, kind, language and visibility, or a link's address. */
export function EditDocumentPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const document = useDocument(id);
  if (!document.isSuccess) return <DocumentNotLoaded document={document} title={t('documents.editTitle')} />;
  if (!document.data.document.permissions.update) return <NotPermittedPage />;
  return (
    <>
      <PageHeading>{t('documents.editTitle')}</PageHeading>
      <EditSession versioned={document.data} refetch={() => refetched(document)} />
    </>
  );
}

/**
 * The description over the version it was opened with: when someone else saved meanwhile (412), the conflict
 * screen shows what they changed, to re-apply mine onto their version or start again from it.
 */
function EditSession({
  versioned,
  refetch,
}: {
  versioned: VersionedDocument;
  refetch: () => Promise<VersionedDocument>;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateDocument();
  const { document } = versioned;
  const session = useEditSession({
    initial: { input: valuesOf(document), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await refetch();
      return { input: valuesOf(latest.document), etag: latest.etag };
    },
    save: async (values, etag) => {
      await update.mutateAsync({
        id: document.id,
        etag,
        input: {
          title: values.title,
          kind: values.kind as never,
          language: values.language,
          visibility: values.visibility as never,
          url: document.type === 'LINK' ? values.url : undefined,
        },
      });
      await navigate({ to: '/documents/$id', params: { id: document.id } });
    },
  });
  const describe = (field: Field, value: unknown): string => {
    if (typeof value !== 'string' || value === '') return conflictText(value);
    if (field === 'kind') return t(`documents.kind.${value as Document['kind']}`);
    if (field === 'visibility') return t(`documents.visibility.${value as Document['visibility']}`);
    if (field === 'language') return languageName(value, i18n.language);
    return value;
  };
  return (
    <EditSessionView
      session={session}
      fields={FIELDS}
      labelOf={(field) => t(`documents.form.${field as Field}`)}
      describe={describe}
      renderForm={(start) => <EditForm {...start} document={document} onSubmit={session.submit} />}
    />
  );
}

function EditForm({
  document,
  initialInput,
  onSubmit,
  ...start
}: SessionFormStart<Values> & {
  document: Document;
  onSubmit: (values: Values) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DescriptionValues>(initialInput);
  const [url, setUrl] = useState(initialInput.url);
  return (
    <ServerForm
      form={FORM}
      fields={FIELDS}
      labelOf={(field) => t(`documents.form.${field as Field}`)}
      submitLabel={t('documents.save')}
      cancelHref={toViewDocument({ id: document.id })}
      {...start}
      onSubmit={() => onSubmit({ ...values, url })}
    >
      {document.type === 'LINK' && (
        <FormTextField name="url" label={t('documents.form.url')} type="url" isRequired value={url} onChange={setUrl} />
      )}
      <DescriptionFields values={values} onChange={setValues} />
    </ServerForm>
  );
}
