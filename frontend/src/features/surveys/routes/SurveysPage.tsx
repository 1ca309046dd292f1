import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadedList } from '../../../components';
import { Badge, Link, LinkButton, PageHeading, ProvenanceMark, Select } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useCounties } from '../../../lib/reference';
import { toNewSurvey, toSurvey, toSurveyResults } from '../../../lib/links';
import { useSurveys } from '../api/getSurveys';
import { ResponseRate } from '../components/ResponseRate';
import type { SurveysSearch } from './searchParams';
import '../styles.css';

const routeApi = getRouteApi('/surveys');
const NATIONAL = 'national';

/** The surveys of a county (or the national ones), newest first, with how many have answered. */
export function SurveysPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const counties = useCounties();
  const me = useMe();
  // Coordinators draft their county's surveys, administrators any (NewSurveyPage says why this list).
  const mayCreate = (me.data?.permissions.agreementCounties.length ?? 0) > 0 || me.data?.roles.includes('admin');
  const surveys = useSurveys({ county: search.county, national: search.national });
  const set = (change: SurveysSearch) => void navigate({ search: change, replace: true });
  return (
    <>
      <PageHeading>{t('surveys.title')}</PageHeading>
      <p>{t('surveys.intro')}</p>
      {mayCreate && (
        <p>
          <LinkButton href={toNewSurvey()}>{t('surveys.create.title')}</LinkButton>
        </p>
      )}
      <div className="filters">
        <Select
          label={t('surveys.owner')}
          emptyOption={t('surveys.allOwners')}
          options={[
            { id: NATIONAL, label: t('surveys.national') },
            ...(counties.data ?? []).map((county) => ({ id: county.code, label: county.name })),
          ]}
          value={search.national ? NATIONAL : (search.county ?? null)}
          onChange={(value) => set(value === NATIONAL ? { national: true } : { county: value ?? undefined })}
        />
      </div>
      <LoadedList query={surveys} none={t('surveys.none')}>
        {(list) => (
          <ul className="survey-list">
            {list.map((survey) => (
              <li key={survey.id} className="survey-list-item">
                <Link href={toSurvey({ id: survey.id })}>{survey.title}</Link>{' '}
                <Badge>{t(`surveys.status.${survey.status}`)}</Badge>
                <br />
                {survey.countyName ?? t('surveys.national')}, {survey.year}.{' '}
                <ResponseRate
                  answered={survey.answered}
                  recipients={survey.recipients}
                  rate={survey.recipients === 0 ? 0 : Math.round((survey.answered * 100) / survey.recipients)}
                />
                {survey.asked && <> {t(`surveys.myAnswer.${survey.myAnswer ?? 'NONE'}`)}</>}
                {survey.status === 'PUBLISHED' && (
                  <>
                    {' '}
                    <Link href={toSurveyResults({ id: survey.id })}>{t('surveys.results.read')}</Link>
                  </>
                )}
                <ProvenanceMark provenance={survey.provenance} />
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </>
  );
}
