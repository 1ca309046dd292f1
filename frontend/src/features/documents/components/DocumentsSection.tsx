import { useTranslation } from 'react-i18next';
import { Badge, Link, LinkButton, Spinner } from '../../../design-system';
import { QueryError } from '../../../components';
import { toViewDocument, toNewDocument } from '../../../lib/links';
import type { AttachmentsProps } from '../../../lib/slots/attachments';
import { useDocuments } from '../api/getDocuments';
import { DownloadButton } from './DownloadButton';
import { fileSize, fileTypeName, languageName } from './format';
import '../styles.css';

/** The documents and links attached to something, on its page; the way to attach more for who may. */
export function DocumentsSection({ ownerType, ownerId, headingLevel = 2 }: AttachmentsProps) {
  const { t, i18n } = useTranslation();
  const documents = useDocuments(ownerType, ownerId);
  const Heading = `h${headingLevel}` as 'h2';
  const headingId = `documents-${ownerType.toLowerCase()}-${ownerId}`;
  return (
    <section aria-labelledby={headingId} className="documents-section">
      <Heading id={headingId}>{t(`documents.section.title.${ownerType}`)}</Heading>
      {documents.isPending && <Spinner label={t('documents.loading')} />}
      {documents.isError && <QueryError error={documents.error} onRetry={() => void documents.refetch()} />}
      {documents.data && documents.data.items.length === 0 && <p>{t('documents.section.none')}</p>}
      {documents.data && documents.data.items.length > 0 && (
        <ul className="document-list">
          {documents.data.items.map((document) => (
            <li key={document.id}>
              <Link href={toViewDocument({ id: document.id })}>{document.title}</Link>{' '}
              <span className="document-meta">
                {t(`documents.kind.${document.kind}`)}
                {' · '}
                <span lang={document.language}>{languageName(document.language, i18n.language)}</span>
                {document.current &&
                  ` · ${fileTypeName(document.current.mediaType)}, ${fileSize(document.current.sizeBytes, i18n.language)}`}
                {document.current &&
                  document.current.number > 1 &&
                  ` · ${t('documents.versionNumber', { number: document.current.number })}`}
              </span>{' '}
              {document.visibility === 'INTERNAL' && <Badge tone="warning">{t('documents.visibility.INTERNAL')}</Badge>}{' '}
              {document.current ? (
                <DownloadButton
                  id={document.id}
                  fileName={document.current.fileName}
                  label={t('documents.downloadNamed', { title: document.title })}
                />
              ) : (
                document.url && (
                  <a className="ds-link" href={document.url} rel="noopener noreferrer" target="_blank">
                    {t('documents.openLink', { title: document.title })}
                  </a>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {documents.data?.canAttach && (
        <p>
          <LinkButton href={toNewDocument({ ownerType, ownerId })}>
            {t(`documents.section.attach.${ownerType}`)}
            {ownerType === 'AGENDA_ITEM' && <span className="visually-hidden">{` ${documents.data.owner.title}`}</span>}
          </LinkButton>
        </p>
      )}
    </section>
  );
}
