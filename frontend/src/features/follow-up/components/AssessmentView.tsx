import { useTranslation } from 'react-i18next';
import { DataTable, DescriptionList, Link } from '../../../design-system';
import { toFundingProject } from '../../../lib/links';
import { locale } from '../../../lib/i18n';
import type { Assessment } from '../types';
import { GoalStatusLabel } from './StatusLabels';

/** An assessment as read (coordinators reviewing it, parties once it is handed in). */
export function AssessmentView({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <DescriptionList
        emptyValue={t('common.notSet')}
        items={[
          {
            term: t('followUp.fields.status'),
            description: assessment.status ? <GoalStatusLabel status={assessment.status} /> : undefined,
          },
          {
            term: t('followUp.fields.situation'),
            description: assessment.situation ? <p className="pre-line">{assessment.situation}</p> : undefined,
          },
        ]}
      />
      <h2>{t('followUp.fields.activities')}</h2>
      {assessment.activities.length === 0 ? (
        <p>{t('followUp.assessment.noActivities')}</p>
      ) : (
        <ol className="activity-list">
          {assessment.activities.map((activity, index) => (
            <li key={index}>
              <h3>{activity.title}</h3>
              <DescriptionList
                emptyValue={t('common.notSet')}
                items={[
                  { term: t('followUp.assessment.activity.description'), description: activity.description },
                  {
                    term: t('followUp.assessment.activity.organisations'),
                    description: activity.organisations.length
                      ? activity.organisations.map((o) => o.name).join(', ')
                      : undefined,
                  },
                  { term: t('followUp.assessment.activity.result'), description: activity.result },
                  { term: t('followUp.assessment.activity.fundingSource'), description: activity.fundingSource },
                  {
                    term: t('followUp.assessment.activity.project'),
                    description: activity.projectId ? (
                      <Link href={toFundingProject({ id: activity.projectId })}>
                        {t('followUp.assessment.activity.toProject')}
                      </Link>
                    ) : undefined,
                  },
                ]}
              />
            </li>
          ))}
        </ol>
      )}
      <h2>{t('followUp.fields.indicatorValues')}</h2>
      {assessment.indicatorValues.length === 0 ? (
        <p>{t('followUp.assessment.noValues')}</p>
      ) : (
        <DataTable
          caption={t('followUp.assessment.valuesLegend', { year: assessment.year })}
          columns={[
            { key: 'indicator', header: t('followUp.indicator.name') },
            { key: 'municipality', header: t('followUp.indicator.municipality') },
            { key: 'gender', header: t('followUp.indicator.gender') },
            { key: 'value', header: t('followUp.indicator.value') },
          ]}
          rows={assessment.indicatorValues.map((value, index) => ({
            key: String(index),
            cells: [
              value.indicatorName,
              value.municipalityName ?? '–',
              t(`followUp.gender.${value.gender}`),
              value.value.toLocaleString(locale(i18n.language)),
            ],
          }))}
        />
      )}
    </>
  );
}
