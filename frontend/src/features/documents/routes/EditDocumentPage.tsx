import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading, Spinner } from '../../../design-system';
import { FormTextField, NotFoundPage, NotPermittedPage, QueryError, ServerForm } from '../../../components';
import { isNotFound } from '../../../lib/api';
import { toViewDocument } from '../../../lib/links';
import { useDocument, type VersionedDocument } from '../api/getDocument';
import { useUpdateDocument } from '../api/updateDocument';
import { DescriptionFields, type DescriptionValues } from '../components/DescriptionFields';

const routeApi = getRouteApi('/documents/$id/edit');

const FORM = 'edit-document';
const FIELDS = ['title', 'url', 'kind', 'language', 'visibility'] as const;

/** Change a document's title, kind, language and visibility, or a link's address. */
export function EditDocumentPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const document = useDocument(id);
  if (document.isPending) return <Spinner label={t('documents.loading')} />;
  if (document.isError) {
    if (isNotFound(document.error)) return <NotFoundPage />;
    return (
      <>
        <PageHeading>{t('documents.editTitle')}</PageHeading>
        <QueryError error={document.error} onRetry={() => void document.refetch()} />
      </>
    );
  }
  if (!document.data.document.permissions.update) return <NotPermittedPage />;
  return <EditForm versioned={document.data} onReload={() => void document.refetch()} />;
}

function EditForm({ versioned, onReload }: { versioned: VersionedDocument; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateDocument();
  const { document, etag } = versioned;
  const [values, setValues] = useState<DescriptionValues>({
    title: document.title,
    kind: document.kind,
    language: document.language,
    visibility: document.visibility,
  });
  const [url, setUrl] = useState(document.url ?? '');
  return (
    <>
      <PageHeading>{t('documents.editTitle')}</PageHeading>
      <ServerForm
        form={FORM}
        fields={FIELDS}
        labelOf={(field) => t(`documents.form.${field as (typeof FIELDS)[number]}`)}
        submitLabel={t('documents.save')}
        cancelHref={toViewDocument({ id: document.id })}
        onReload={onReload}
        onSubmit={async () => {
          await update.mutateAsync({
            id: document.id,
            etag,
            input: {
              title: values.title,
              kind: values.kind as never,
              language: values.language,
              visibility: values.visibility as never,
              url: document.type === 'LINK' ? url : undefined,
            },
          });
          await navigate({ to: '/documents/$id', params: { id: document.id } });
        }}
      >
        {document.type === 'LINK' && (
          <FormTextField
            name="url"
            label={t('documents.form.url')}
            type="url"
            isRequired
            value={url}
            onChange={setUrl}
          />
        )}
        <DescriptionFields values={values} onChange={setValues} />
      </ServerForm>
    </>
  );
}
