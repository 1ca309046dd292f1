import { useTranslation } from 'react-i18next';
import { Link, ScrollTable } from '../../../design-system';
import { toAgreementFollowUp, toRound } from '../../../lib/links';
import { useLocalFollowUp } from '../api/getLocalFollowUp';
import { goalAreaName } from '../format';
import type { LocalGoalAreaFollowUp } from '../types';
import { Loaded } from './Loaded';
import { AssessmentStateLabel, GoalStatusLabel, RoundStatusLabel } from './StatusLabels';

function LatestRound({ local }: { local: LocalGoalAreaFollowUp }) {
  const { t } = useTranslation();
  const round = local.latestRound;
  if (!round) return <>{t('followUp.locals.noRound')}</>;
  return (
    <>
      <Link href={toRound({ roundId: round.id })}>
        {t('followUp.rounds.ofYear', { year: round.year })}
        <span className="visually-hidden">{`, ${local.agreementTitle}`}</span>
      </Link>{' '}
      <RoundStatusLabel status={round.status} />
    </>
  );
}

function Assessments({ local }: { local: LocalGoalAreaFollowUp }) {
  const { t } = useTranslation();
  const assessments = local.latestRound?.assessments ?? [];
  if (assessments.length === 0) return <>–</>;
  return (
    <ul className="local-assessments">
      {assessments.map((assessment, index) => (
        <li key={index}>
          {assessment.organisationName ?? t('followUp.locals.organisationNotStated')}:{' '}
          <GoalStatusLabel status={assessment.status} /> <AssessmentStateLabel state={assessment.state} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A RÖK's follow-up seen from its LÖKs: per goal area, the local goal areas that answer to it and their newest round
 * the reader may see (the public: approved ones only).
 */
export function LocalFollowUp({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const areas = useLocalFollowUp(agreementId);
  return (
    <section aria-labelledby="local-follow-up">
      <h2 id="local-follow-up">{t('followUp.locals.title')}</h2>
      <p>{t('followUp.locals.intro')}</p>
      <Loaded query={areas}>
        {(data) =>
          data.length === 0 ? (
            <p>{t('followUp.locals.noGoalAreas')}</p>
          ) : (
            data.map((area) => {
              const name = goalAreaName(area.goalArea);
              const caption = t('followUp.locals.caption', { name });
              return (
                <section key={area.goalArea.id} aria-labelledby={`local-${area.goalArea.id}`}>
                  <h3 id={`local-${area.goalArea.id}`}>{name}</h3>
                  <ScrollTable
                    caption={caption}
                    empty={t('followUp.locals.none')}
                    columns={[
                      { key: 'agreement', header: t('followUp.locals.agreement') },
                      { key: 'municipality', header: t('followUp.locals.municipality') },
                      { key: 'goalArea', header: t('followUp.locals.goalArea') },
                      { key: 'round', header: t('followUp.locals.latestRound') },
                      { key: 'assessments', header: t('followUp.locals.assessments') },
                    ]}
                    rows={area.locals.map((local) => ({
                      key: local.goalArea.id,
                      cells: [
                        <Link key="agreement" href={toAgreementFollowUp({ agreementId: local.agreementId })}>
                          {local.agreementTitle}
                        </Link>,
                        local.municipalityName ?? '–',
                        goalAreaName(local.goalArea),
                        <LatestRound key="round" local={local} />,
                        <Assessments key="assessments" local={local} />,
                      ],
                    }))}
                  />
                </section>
              );
            })
          )
        }
      </Loaded>
    </section>
  );
}
