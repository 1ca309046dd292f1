import { useTranslation } from 'react-i18next';
import { Loaded } from '../../../components';
import { DataTable, Link, PageHeading, Select } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { toWebhooks } from '../../../lib/links';
import { useCounties } from '../../../lib/reference';
import { useState } from 'react';
import { useOpenData } from '../api/getOpenData';
import type { OpenDataCatalogue } from '../types';
import '../styles.css';

/** Everything public as downloads: the datasets with their schemas, the licence, the catalogue and the feeds. */
export function OpenDataPage() {
  const { t, i18n } = useTranslation();
  const catalogue = useOpenData();
  const me = useMe();
  const english = i18n.language.startsWith('en');
  return (
    <>
      <PageHeading>{t('openData.title')}</PageHeading>
      <p className="lead">{t('openData.lead')}</p>
      <Loaded query={catalogue}>
        {(data) => (
          <>
            <h2>{t('openData.datasetsTitle')}</h2>
            <DataTable
              caption={t('openData.datasetsCaption')}
              captionHidden
              className="open-data-table"
              columns={[
                { key: 'title', header: t('openData.column.dataset') },
                { key: 'description', header: t('openData.column.description') },
                { key: 'rows', header: t('openData.column.rows') },
                { key: 'downloads', header: t('openData.column.downloads') },
              ]}
              rows={data.datasets.map((dataset) => {
                const title = english ? dataset.titleEn : dataset.titleSv;
                return {
                  key: dataset.slug,
                  cells: [
                    title,
                    english ? dataset.descriptionEn : dataset.descriptionSv,
                    dataset.rows.toLocaleString(i18n.language),
                    <ul key="downloads" className="open-data-downloads">
                      <li>
                        <a
                          className="ds-link"
                          href={dataset.csv}
                          download
                          aria-label={`${t('openData.csv')}: ${title}`}
                        >
                          {t('openData.csv')}
                        </a>
                      </li>
                      <li>
                        <a
                          className="ds-link"
                          href={dataset.json}
                          download
                          aria-label={`${t('openData.json')}: ${title}`}
                        >
                          {t('openData.json')}
                        </a>
                      </li>
                      <li>
                        <a className="ds-link" href={dataset.schema} aria-label={`${t('openData.schema')}: ${title}`}>
                          {t('openData.schema')}
                        </a>
                      </li>
                    </ul>,
                  ],
                };
              })}
            />
            <LicenceAndCatalogue data={data} />
            <Feeds data={data} />
            <h2>{t('openData.integrationTitle')}</h2>
            <p>{t('openData.integrationText')}</p>
            {me.data?.roles.includes('admin') && (
              <p>
                <Link href={toWebhooks()}>{t('openData.webhooksLink')}</Link>
              </p>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

function LicenceAndCatalogue({ data }: { data: OpenDataCatalogue }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h2>{t('openData.licenceTitle')}</h2>
      <p>
        {t('openData.licenceText')}{' '}
        <a className="ds-link" href={data.license} rel="license noopener noreferrer">
          {data.licenseName}
        </a>
      </p>
      <p>
        {t('openData.publisher', { publisher: data.publisher })}{' '}
        {t('openData.modified', { when: new Date(data.modified).toLocaleString(i18n.language) })}
      </p>
      <p>
        {t('openData.catalogueText')}{' '}
        <a className="ds-link" href={data.dcat}>
          {t('openData.catalogueLink')}
        </a>
        {', '}
        <a className="ds-link" href={data.dcatTurtle}>
          {t('openData.catalogueTurtleLink')}
        </a>
      </p>
    </>
  );
}

function Feeds({ data }: { data: OpenDataCatalogue }) {
  const { t } = useTranslation();
  const counties = useCounties();
  const [county, setCounty] = useState<string | undefined>(undefined);
  const suffix = county ? `?county=${county}` : '';
  return (
    <>
      <h2>{t('openData.feedsTitle')}</h2>
      <p>{t('openData.feedsText')}</p>
      <div className="filters">
        <Select
          label={t('openData.feedCounty')}
          options={[
            { id: '', label: t('openData.wholeCountry') },
            ...(counties.data ?? []).map((c) => ({ id: c.code, label: c.name })),
          ]}
          value={county ?? ''}
          onChange={(value) => setCounty(value ? value : undefined)}
        />
      </div>
      <ul>
        {data.feeds.map((feed) => (
          <li key={feed.kind}>
            <a className="ds-link" href={feed.href + suffix}>
              {t(`openData.feed.${feed.kind === 'MINUTES' ? 'minutes' : 'agreements'}`)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
