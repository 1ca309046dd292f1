import { getRouteApi } from '@tanstack/react-router';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionLink, DeleteSection, Facts, PageTop, useErrorMessage } from '../../../components';
import { Alert, Button } from '../../../design-system';
import { downloadFile } from '../../../lib/api';
import { locale } from '../../../lib/i18n';
import { useDeleteIndicator } from '../api/deleteIndicator';
import { useIndicator, type VersionedIndicator } from '../api/getIndicator';
import { FollowUpActionError } from '../components/ActionError';
import { indicatorValuesCsvPath, useIndicatorValues } from '../api/getIndicatorValues';
import { IndicatorChart } from '../components/IndicatorChart';
import { KoladaPanel } from '../components/KoladaPanel';
import { ValuesImport } from '../components/ValuesImport';
import { Loaded, PageNotLoaded } from '../components/Loaded';
import { toAgreementFollowUp, toEditIndicator } from '../../../lib/links';
import { goalAreaName } from '../format';
import '../styles.css';

const routeApi = getRouteApi('/follow-up/indicators/$indicatorId');

/**
 * Removing an indicator, confirmed with the number of values that go with it. While assessments report values for it
 * or action-plan activities follow it up, the page says why it stays instead of offering the button (the server
 * refuses with `indicator-in-use` or `indicator-in-plan` too).
 */
function DeleteIndicator({ versioned }: { versioned: VersionedIndicator }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteIndicator();
  const { indicator } = versioned;
  const { agreementId } = indicator;
  return (
    <DeleteSection
      id="delete-indicator"
      title={t('followUp.indicator.deleteTitle')}
      kept={
        (indicator.reportedInAssessments && t('followUp.rules.indicator-in-use')) ||
        (indicator.followedInActionPlan && t('followUp.rules.indicator-in-plan'))
      }
      intro={t('followUp.indicator.deleteIntro')}
      error={remove.isError && <FollowUpActionError error={remove.error} />}
      label={t('followUp.indicator.delete')}
      confirmTitle={t('followUp.indicator.deleteConfirmTitle', { name: indicator.name })}
      confirmText={t('followUp.indicator.deleteConfirmText', { count: indicator.valueCount })}
      remove={() => remove.mutateAsync({ id: indicator.id, agreementId, etag: versioned.etag })}
      onRemoved={() => void navigate({ to: '/follow-up/agreements/$agreementId', params: { agreementId } })}
    />
  );
}

/**
 * An indicator: its definition, its values as chart and table, CSV export, its Kolada fetching when its source is a
 * Kolada KPI, and (coordinators) CSV import.
 */
export function IndicatorPage() {
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(locale(i18n.language), { maximumFractionDigits: 4 });
  const errorMessage = useErrorMessage();
  const { indicatorId } = routeApi.useParams();
  const query = useIndicator(indicatorId);
  const values = useIndicatorValues(indicatorId);
  const [downloadError, setDownloadError] = useState<unknown>();
  if (!query.isSuccess) return <PageNotLoaded query={query} />;
  const { indicator, etag } = query.data;
  return (
    <>
      <PageTop
        back={{
          href: toAgreementFollowUp({ agreementId: indicator.agreementId }),
          label: t('followUp.backToFollowUp'),
        }}
        title={t('followUp.indicator.title', { name: indicator.name })}
      />
      <ActionLink href={toEditIndicator({ indicatorId: indicatorId })} allowed={indicator.permissions.edit}>
        {t('followUp.indicatorForm.edit')}
      </ActionLink>
      {indicator.sample && <Alert tone="info" title={t('followUp.indicator.sample')} />}
      <Facts
        items={[
          { term: t('followUp.indicator.description'), description: indicator.description },
          {
            term: t('followUp.fields.goalArea'),
            description: indicator.goalArea ? goalAreaName(indicator.goalArea) : t('followUp.indicator.wholeAgreement'),
          },
          { term: t('followUp.indicator.unit'), description: indicator.unit },
          { term: t('followUp.indicator.direction'), description: t(`followUp.direction.${indicator.direction}`) },
          { term: t('followUp.indicator.scope'), description: t(`followUp.scope.${indicator.scope}`) },
          {
            term: t('followUp.indicator.genderBreakdown'),
            description: indicator.genderBreakdown
              ? t('followUp.indicator.byGender')
              : t('followUp.indicator.noGender'),
          },
          {
            term: t('followUp.indicator.source'),
            description:
              indicator.source === 'KOLADA'
                ? t('followUp.indicator.kolada', { kpi: indicator.koladaKpi ?? '' })
                : t('followUp.indicator.manual'),
          },
          {
            term: t('followUp.indicator.baseline'),
            description:
              indicator.baselineYear !== undefined && indicator.baselineValue !== undefined
                ? t('followUp.indicator.baselineOf', {
                    year: indicator.baselineYear,
                    value: number(indicator.baselineValue),
                  })
                : undefined,
          },
          {
            term: t('followUp.indicator.targets'),
            description: indicator.targets.length
              ? indicator.targets
                  .map((target) =>
                    t('followUp.indicator.targetOf', { year: target.year, target: number(target.value) }),
                  )
                  .join('; ')
              : undefined,
          },
        ]}
      />
      <section aria-labelledby="values">
        <h2 id="values">{t('followUp.indicator.values')}</h2>
        <Loaded query={values}>
          {(data) => <IndicatorChart name={indicator.name} unit={indicator.unit} values={data} />}
        </Loaded>
        <p>
          <Button
            onPress={() => {
              setDownloadError(undefined);
              downloadFile(indicatorValuesCsvPath(indicatorId), `indicator-${indicatorId}.csv`).catch(setDownloadError);
            }}
          >
            {t('followUp.indicator.exportCsv')}
          </Button>
          <Button
            onPress={() => {
              setDownloadError(undefined);
              downloadFile(indicatorValuesCsvPath(indicatorId, 'excel-sv'), `indicator-${indicatorId}-excel.csv`).catch(
                setDownloadError,
              );
            }}
          >
            {t('followUp.indicator.exportExcel')}
          </Button>
        </p>
        {downloadError !== undefined && (
          <Alert tone="error" title={t('common.errorTitle')} focusOnMount>
            <p>{errorMessage(downloadError)}</p>
          </Alert>
        )}
      </section>
      {indicator.source === 'KOLADA' && <KoladaPanel indicatorId={indicatorId} etag={etag} />}
      {indicator.permissions.importValues && <ValuesImport indicatorId={indicatorId} etag={etag} />}
      {(indicator.permissions.delete || indicator.reportedInAssessments || indicator.followedInActionPlan) && (
        <DeleteIndicator versioned={query.data} />
      )}
    </>
  );
}
