import { getRouteApi, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Facts, ListOrNone, PageNotLoaded, PageTop, type PageLoadProps } from '../../../components';
import { Alert, Link } from '../../../design-system';
import { formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useOrganisation } from '../api/getOrganisation';
import { OrganisationCommitments } from '../components/OrganisationCommitments';
import { OrganisationHistory } from '../components/OrganisationHistory';
import { formatOrganisationNumber } from '../format';
import type { Organisation } from '../types';
import { toEditOrganisation, toOrganisation, toOrganisations } from '../../../lib/links';

const routeApi = getRouteApi('/organisations/$id');

function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <Facts
      items={[
        { term: t('organisations.fields.type'), description: t(`organisationType.${organisation.type}`) },
        {
          term: t('organisations.fields.organisationNumber'),
          description: formatOrganisationNumber(organisation.organisationNumber),
        },
        { term: t('organisations.fields.county'), description: organisation.countyName },
        { term: t('organisations.fields.municipality'), description: organisation.municipalityName },
        {
          term: t('organisations.fields.parent'),
          description: organisation.parentId && (
            <Link href={toOrganisation({ id: organisation.parentId })}>
              {organisation.parentName ?? organisation.parentId}
            </Link>
          ),
        },
        {
          term: t('organisations.fields.website'),
          description: organisation.website && (
            <Link href={organisation.website} target="_blank" rel="noopener noreferrer">
              {organisation.website}
              <span className="visually-hidden"> {t('organisations.detail.externalLink')}</span>
            </Link>
          ),
        },
        { term: t('organisations.fields.mandate'), description: organisation.mandate },
      ]}
    />
  );
}

/** Everything about one organisation: facts, sub-units, what it is committed to, who registered and changed it. */
export function OrganisationDetailPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const saved = useRouterState({ select: (state) => state.location.state.saved });
  const query = useOrganisation(id);

  const back = { href: toOrganisations(), label: t('organisations.detail.backToList') };
  const notLoaded: PageLoadProps = {
    loadingLabel: t('organisations.detail.loading'),
    notFoundTitle: t('organisations.detail.notFoundTitle'),
    notFoundText: t('organisations.detail.notFoundText'),
    back,
  };
  if (!query.isSuccess) return <PageNotLoaded query={query} {...notLoaded} />;

  const { organisation } = query.data;
  const date = (value: string) => formatDateTime(value, locale(i18n.language));
  const edit = { href: toEditOrganisation({ id: organisation.id }), label: t('organisations.detail.edit') };
  return (
    <>
      <PageTop back={back} title={organisation.name} action={organisation.permissions.update ? edit : null} />
      {saved && (
        <Alert
          tone="success"
          title={t(saved === 'created' ? 'organisations.form.savedCreated' : 'organisations.form.savedUpdated')}
        />
      )}

      <h2>{t('organisations.detail.facts')}</h2>
      <OrganisationFacts organisation={organisation} />

      <h2>{t('organisations.detail.children')}</h2>
      <ListOrNone items={organisation.children} none={t('organisations.detail.noChildren')}>
        {(child) => (
          <li key={child.id}>
            <Link href={toOrganisation({ id: child.id })}>{child.name}</Link>
          </li>
        )}
      </ListOrNone>

      <OrganisationCommitments id={organisation.id} />

      <h2>{t('organisations.detail.history')}</h2>
      <ul>
        <li>
          {t('organisations.detail.created', { date: date(organisation.createdAt), user: organisation.createdBy })}
        </li>
        <li>
          {t('organisations.detail.updated', { date: date(organisation.updatedAt), user: organisation.updatedBy })}
        </li>
      </ul>
      <OrganisationHistory id={organisation.id} />
    </>
  );
}
