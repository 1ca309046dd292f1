import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { Badge, DescriptionList, Link, PageHeading, Spinner, type BadgeTone } from '../../../design-system';
import { useAgreementComparison } from '../api/getAgreementComparison';
import { FieldChanges } from '../components/FieldChanges';
import { comparableVersions, referenceLabel } from '../components/format';
import { BackToAgreement, WithAgreement } from '../components/WithAgreement';
import type { AgreementComparison, GoalAreaComparison } from '../types';
import { toAgreement, toAgreementCompare } from '../../../lib/links';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/compare');

const changeTones: Record<GoalAreaComparison['change'], BadgeTone> = {
  ADDED: 'success',
  REMOVED: 'warning',
  CHANGED: 'info',
  UNCHANGED: 'muted',
};

function TextList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  );
}

function GoalAreaChange({ change }: { change: GoalAreaComparison }) {
  const { t } = useTranslation();
  const name = change.number ? `${change.number} ${change.title}` : change.title;
  const headingId = `compare-${change.number ?? ''}-${change.title}`.replace(/[^A-Za-z0-9-]+/g, '-');
  return (
    <section className="goal-area" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {name} <Badge tone={changeTones[change.change]}>{t(`agreements.compare.change.${change.change}`)}</Badge>
      </h3>
      {change.fields.length > 0 && (
        <FieldChanges
          changes={change.fields}
          entityType="GOAL_AREA"
          caption={t('agreements.compare.goalAreaFields', { name })}
        />
      )}
      <TextList title={t('agreements.compare.strategiesAdded')} items={change.strategiesAdded} />
      <TextList title={t('agreements.compare.strategiesRemoved')} items={change.strategiesRemoved} />
      <TextList
        title={t('agreements.compare.focusAdded', { year: change.focusYearAfter ?? '' })}
        items={change.focusAdded}
      />
      <TextList
        title={t('agreements.compare.focusRemoved', { year: change.focusYearBefore ?? '' })}
        items={change.focusRemoved}
      />
    </section>
  );
}

function Comparison({ comparison }: { comparison: AgreementComparison }) {
  const { t } = useTranslation();
  const changed = comparison.goalAreas.filter((goalArea) => goalArea.change !== 'UNCHANGED');
  const unchanged = comparison.goalAreas.filter((goalArea) => goalArea.change === 'UNCHANGED');
  return (
    <>
      <DescriptionList
        emptyValue={t('common.notSet')}
        items={[
          {
            term: t('agreements.compare.older'),
            description: <Link href={toAgreement({ id: comparison.from.id })}>{referenceLabel(comparison.from)}</Link>,
          },
          {
            term: t('agreements.compare.newer'),
            description: <Link href={toAgreement({ id: comparison.to.id })}>{referenceLabel(comparison.to)}</Link>,
          },
        ]}
      />
      <h2>{t('agreements.compare.fieldsTitle')}</h2>
      {comparison.fields.length === 0 ? (
        <p>{t('agreements.compare.noFieldChanges')}</p>
      ) : (
        <FieldChanges
          changes={comparison.fields}
          entityType="AGREEMENT"
          caption={t('agreements.compare.fieldsTitle')}
        />
      )}
      <h2>{t('agreements.compare.goalAreasTitle')}</h2>
      {changed.length === 0 && <p>{t('agreements.compare.noGoalAreaChanges')}</p>}
      {changed.map((goalArea) => (
        <GoalAreaChange key={`${goalArea.change}-${goalArea.number}-${goalArea.title}`} change={goalArea} />
      ))}
      {unchanged.length > 0 && (
        <p>
          {t('agreements.compare.unchanged', {
            names: unchanged.map((goalArea) => `${goalArea.number ?? ''} ${goalArea.title}`.trim()).join(', '),
          })}
        </p>
      )}
      <h2>{t('agreements.compare.partiesTitle')}</h2>
      {comparison.partiesAdded.length === 0 && comparison.partiesRemoved.length === 0 ? (
        <p>{t('agreements.compare.noPartyChanges')}</p>
      ) : (
        <>
          <TextList
            title={t('agreements.compare.partiesAdded')}
            items={comparison.partiesAdded.map((party) => party.name)}
          />
          <TextList
            title={t('agreements.compare.partiesRemoved')}
            items={comparison.partiesRemoved.map((party) => party.name)}
          />
        </>
      )}
    </>
  );
}

function ComparisonLoader({ id, withId }: { id: string; withId: string }) {
  const { t } = useTranslation();
  const comparison = useAgreementComparison(id, withId);
  if (comparison.isPending) return <Spinner label={t('agreements.compare.loading')} />;
  if (comparison.isError) return <QueryError error={comparison.error} onRetry={() => void comparison.refetch()} />;
  return <Comparison comparison={comparison.data} />;
}

/** What changed between an agreement and another version of it: fields, goal areas, strategies, focus and parties. */
export function ComparePage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  return (
    <WithAgreement id={id}>
      {({ agreement }) => {
        const versions = comparableVersions(agreement);
        const withId = search.with ?? versions[0]?.id;
        const others = versions.filter((version) => version.id !== withId);
        return (
          <>
            <BackToAgreement id={agreement.id} title={agreement.title} />
            <PageHeading
              documentTitle={`${t('agreements.compare.documentTitle', { title: agreement.title })} – ${t('app.name')}`}
            >
              {t('agreements.compare.title')}
            </PageHeading>
            {!withId ? (
              <p>{t('agreements.compare.noOther')}</p>
            ) : (
              <>
                {others.length > 0 && (
                  <ul className="compact-list">
                    {others.map((other) => (
                      <li key={other.id}>
                        <Link href={toAgreementCompare({ id: agreement.id }, { with: other.id })}>
                          {t('agreements.compare.compareInstead', { other: referenceLabel(other) })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                <ComparisonLoader id={agreement.id} withId={withId} />
              </>
            )}
          </>
        );
      }}
    </WithAgreement>
  );
}
