import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ConfirmDialog,
  DataTable,
  DescriptionList,
  Link,
  LinkButton,
  PageHeading,
  ScrollRegion,
  Spinner,
} from '../../../design-system';
import { FormField, QueryError, ServerForm, useErrorMessage } from '../../../components';
import type { UploadProgress } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { toEditDocument } from '../../../lib/links';
import { useAddDocumentVersion } from '../api/addDocumentVersion';
import { useDeleteDocument } from '../api/deleteDocument';
import { useDocument, type VersionedDocument } from '../api/getDocument';
import { useDocumentHistory } from '../api/getDocumentHistory';
import { DocumentNotLoaded } from '../components/DocumentNotLoaded';
import { DownloadButton } from '../components/DownloadButton';
import { FileField } from '../components/FileField';
import { fileSize, fileTypeName, languageName, ownerHref } from '../components/format';
import { UploadStatus } from '../components/UploadStatus';
import '../styles.css';

const routeApi = getRouteApi('/documents/$id');

/** A document: its description, its file versions (all kept), a new version, changes and its history. */
export function DocumentPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const document = useDocument(id);
  if (!document.isSuccess) return <DocumentNotLoaded document={document} title={t('documents.title')} />;
  return <DocumentView versioned={document.data} />;
}

function DocumentView({ versioned }: { versioned: VersionedDocument }) {
  const { t, i18n } = useTranslation();
  const { document, etag } = versioned;
  const navigate = useNavigate();
  const remove = useDeleteDocument();
  const message = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [removeError, setRemoveError] = useState<string | undefined>();
  const back = ownerHref(document.owner);

  return (
    <>
      <PageHeading>{document.title}</PageHeading>
      <DescriptionList
        emptyValue="–"
        items={[
          {
            term: t(`documents.ownerType.${document.owner.type}`),
            description: <Link href={back}>{document.owner.title}</Link>,
          },
          { term: t('documents.form.kind'), description: t(`documents.kind.${document.kind}`) },
          {
            term: t('documents.form.language'),
            description: <span lang={document.language}>{languageName(document.language, i18n.language)}</span>,
          },
          { term: t('documents.form.visibility'), description: t(`documents.visibility.${document.visibility}`) },
          ...(document.url
            ? [
                {
                  term: t('documents.form.url'),
                  description: (
                    <a className="ds-link" href={document.url} rel="noopener noreferrer" target="_blank">
                      {document.url}
                    </a>
                  ),
                },
              ]
            : []),
          {
            term: t('documents.created'),
            description: t('documents.byAt', {
              by: document.createdBy,
              at: formatDateTime(document.createdAt, i18n.language),
            }),
          },
          {
            term: t('documents.updated'),
            description: t('documents.byAt', {
              by: document.updatedBy,
              at: formatDateTime(document.updatedAt, i18n.language),
            }),
          },
        ]}
      />
      <div className="page-actions">
        {document.current && (
          <DownloadButton id={document.id} fileName={document.current.fileName} label={t('documents.download')} />
        )}
        {document.permissions.update && (
          <LinkButton href={toEditDocument({ id: document.id })}>{t('documents.edit')}</LinkButton>
        )}
        {document.permissions.delete && (
          <Button variant="secondary" onPress={() => setConfirming(true)}>
            {t('documents.delete.button')}
          </Button>
        )}
      </div>
      {removeError && (
        <Alert tone="error" title={t('common.errorTitle')} focusOnMount>
          <p>{removeError}</p>
        </Alert>
      )}
      {!document.permissions.delete && document.permissions.update && document.type === 'FILE' && (
        <p>{t('documents.delete.kept')}</p>
      )}
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('documents.delete.title')}
        confirmLabel={t('documents.delete.confirm')}
        cancelLabel={t('common.form.cancel')}
        isPending={remove.isPending}
        pendingLabel={t('documents.delete.pending')}
        onConfirm={() => {
          setRemoveError(undefined);
          remove.mutate(
            { id: document.id, etag },
            {
              onSuccess: () => void navigate({ href: back }),
              onError: (error) => {
                setConfirming(false);
                setRemoveError(message(error));
              },
            },
          );
        }}
      >
        <p>{t('documents.delete.text', { title: document.title })}</p>
      </ConfirmDialog>

      {document.type === 'FILE' && (
        <section aria-labelledby="document-versions">
          <h2 id="document-versions">{t('documents.versions.title')}</h2>
          <ScrollRegion label={t('documents.versions.title')}>
            <DataTable
              caption={t('documents.versions.caption')}
              captionHidden
              columns={[
                { key: 'number', header: t('documents.versions.number') },
                { key: 'file', header: t('documents.versions.file') },
                { key: 'uploaded', header: t('documents.versions.uploaded') },
                { key: 'download', header: t('documents.versions.download') },
              ]}
              rows={document.versions.map((version) => ({
                key: String(version.number),
                cells: [
                  version.number === document.current?.number
                    ? t('documents.versions.current', { number: version.number })
                    : String(version.number),
                  `${version.fileName} (${fileTypeName(version.mediaType)}, ${fileSize(version.sizeBytes, i18n.language)})`,
                  t('documents.byAt', { by: version.createdBy, at: formatDateTime(version.createdAt, i18n.language) }),
                  <DownloadButton
                    key="download"
                    id={document.id}
                    fileName={version.fileName}
                    version={version.number}
                    label={t('documents.versions.downloadVersion', { number: version.number })}
                  />,
                ],
              }))}
            />
          </ScrollRegion>
          {document.permissions.newVersion && <NewVersionForm id={document.id} etag={etag} />}
        </section>
      )}
      <DocumentHistory id={document.id} />
    </>
  );
}

function NewVersionForm({ id, etag }: { id: string; etag: string }) {
  const { t } = useTranslation();
  const file = useRef<HTMLInputElement>(null);
  const addVersion = useAddDocumentVersion();
  const [progress, setProgress] = useState<UploadProgress | undefined>();
  const [done, setDone] = useState<number | undefined>();
  return (
    <section aria-labelledby="new-version">
      <h3 id="new-version">{t('documents.newVersion.title')}</h3>
      <p>{t('documents.newVersion.hint')}</p>
      {done !== undefined && (
        <Alert tone="success" title={t('documents.newVersion.done', { number: done })} focusOnMount />
      )}
      <ServerForm
        form="new-version"
        fields={['file']}
        labelOf={() => t('documents.form.file')}
        requiredHint={false}
        submitLabel={t('documents.newVersion.submit')}
        onSubmit={async () => {
          setDone(undefined);
          setProgress({ loaded: 0, total: file.current?.files?.[0]?.size });
          try {
            const updated = await addVersion.mutateAsync({
              id,
              etag,
              file: file.current?.files?.[0],
              onProgress: setProgress,
            });
            if (file.current) file.current.value = '';
            setDone(updated.current?.number);
          } finally {
            setProgress(undefined);
          }
        }}
      >
        <FormField form="new-version" name="file">
          <FileField ref={file} label={t('documents.form.file')} />
        </FormField>
        <UploadStatus progress={progress} />
      </ServerForm>
    </section>
  );
}

function DocumentHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const history = useDocumentHistory(id);
  return (
    <section aria-labelledby="document-history">
      <h2 id="document-history">{t('documents.history.title')}</h2>
      {history.isPending && <Spinner label={t('documents.loading')} />}
      {history.isError && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && (
        <ol className="document-history">
          {history.data.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time> – {entry.actor}:{' '}
              {entry.summary}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
