import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormTextField, LoadedList, ServerForm } from '../../../components';
import { BackLink, DataTable, Link, LinkButton, PageHeading, ScrollRegion } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useAgreementForFollowUp } from '../api/getAgreementForFollowUp';
import { useAgreementIndicators } from '../api/getAgreementIndicators';
import { useAgreementRounds } from '../api/getAgreementRounds';
import { useOpenRound } from '../api/openRound';
import { useFollowUpErrorText } from '../components/ActionError';
import { DeadlineField } from '../components/DeadlineField';
import { LocalFollowUp } from '../components/LocalFollowUp';
import { RoundStatusLabel } from '../components/StatusLabels';
import { PageNotLoaded } from '../components/Loaded';
import { toAgreement, toFollowUp, toIndicator, toNewIndicator, toRound } from '../../../lib/links';
import { goalAreaName } from '../format';
import '../styles.css';

const routeApi = getRouteApi('/follow-up/agreements/$agreementId');

function OpenRoundForm({ agreementId, defaultYear }: { agreementId: string; defaultYear: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenRound();
  const describe = useFollowUpErrorText();
  const [year, setYear] = useState(String(defaultYear));
  const [deadline, setDeadline] = useState('');
  const labelOf = (field: string) => t(`followUp.fields.${field === 'deadline' ? 'deadline' : 'year'}`);
  return (
    <section aria-labelledby="open-round">
      <h2 id="open-round">{t('followUp.rounds.openTitle')}</h2>
      <p>{t('followUp.rounds.openIntro')}</p>
      <ServerForm
        form="open-round"
        fields={['year', 'deadline']}
        labelOf={labelOf}
        submitLabel={t('followUp.rounds.open')}
        describeError={describe}
        onSubmit={async () => {
          const round = await open.mutateAsync({
            agreementId,
            year: /^\d+$/.test(year.trim()) ? Number(year.trim()) : undefined,
            deadline,
          });
          await navigate({ to: '/follow-up/rounds/$roundId', params: { roundId: round.id } });
        }}
      >
        <FormTextField
          name="year"
          label={t('followUp.fields.year')}
          value={year}
          onChange={setYear}
          inputMode="numeric"
          isRequired
        />
        <DeadlineField value={deadline} onChange={setDeadline} />
      </ServerForm>
    </section>
  );
}

/**
 * One agreement's follow-up: its rounds by year, opening a round (its managers), its indicators, and for a RÖK the
 * follow-up of the LÖKs that answer to its goal areas.
 */
export function AgreementFollowUpPage() {
  const { t, i18n } = useTranslation();
  const { agreementId } = routeApi.useParams();
  const agreement = useAgreementForFollowUp(agreementId);
  const rounds = useAgreementRounds(agreementId);
  const indicators = useAgreementIndicators(agreementId);
  if (!agreement.isSuccess) return <PageNotLoaded query={agreement} />;
  const document = agreement.data;
  // From the API: the county's coordinators, admins and whoever runs the agreement by grant (a LÖK's author).
  const canManage = document.permissions.runFollowUp;
  const thisYear = new Date().getFullYear();
  const defaultYear = Math.min(Math.max(thisYear, document.firstYear), document.lastYear);
  return (
    <>
      <BackLink href={toFollowUp()}>{t('followUp.backToOverview')}</BackLink>
      <PageHeading>{t('followUp.agreement.title', { title: document.title })}</PageHeading>
      <p>
        <Link href={toAgreement({ id: agreementId })}>{t('followUp.agreement.toViewDocument')}</Link>
      </p>
      <section aria-labelledby="rounds">
        <h2 id="rounds">{t('followUp.rounds.title')}</h2>
        <LoadedList query={rounds} none={t('followUp.rounds.none')}>
          {(data) => (
            <ScrollRegion label={t('followUp.rounds.title')}>
              <DataTable
                caption={t('followUp.rounds.title')}
                captionHidden
                columns={[
                  { key: 'year', header: t('followUp.fields.year') },
                  { key: 'status', header: t('followUp.fields.roundStatus') },
                  { key: 'deadline', header: t('followUp.fields.deadline') },
                  { key: 'accepted', header: t('followUp.rounds.accepted') },
                  { key: 'approval', header: t('followUp.fields.approval') },
                ]}
                rows={[...data]
                  .sort((a, b) => b.year - a.year)
                  .map((round) => ({
                    key: round.id,
                    cells: [
                      <Link key="link" href={toRound({ roundId: round.id })}>
                        {t('followUp.rounds.ofYear', { year: round.year })}
                      </Link>,
                      <RoundStatusLabel key="status" status={round.status} />,
                      formatDate(round.deadline, locale(i18n.language)) ?? t('common.notSet'),
                      t('followUp.rounds.acceptedOf', { accepted: round.accepted, total: round.tasks }),
                      round.approvedBy
                        ? t('followUp.report.approvedBy', {
                            forum: round.approvedBy,
                            date: formatDate(round.approvedOn, locale(i18n.language)),
                          })
                        : '–',
                    ],
                  }))}
              />
            </ScrollRegion>
          )}
        </LoadedList>
      </section>
      {canManage && document.status === 'ADOPTED' && (
        <OpenRoundForm agreementId={agreementId} defaultYear={defaultYear} />
      )}
      <section aria-labelledby="indicators">
        <h2 id="indicators">{t('followUp.indicators.title')}</h2>
        {canManage && (
          <p>
            <LinkButton href={toNewIndicator({ agreementId: agreementId })}>
              {t('followUp.indicatorForm.newTitle')}
            </LinkButton>
          </p>
        )}
        <LoadedList query={indicators} none={t('followUp.indicators.none')}>
          {(data) => (
            <ScrollRegion label={t('followUp.indicators.title')}>
              <DataTable
                caption={t('followUp.indicators.title')}
                captionHidden
                columns={[
                  { key: 'name', header: t('followUp.indicator.name') },
                  { key: 'goalArea', header: t('followUp.fields.goalArea') },
                  { key: 'unit', header: t('followUp.indicator.unit') },
                  { key: 'years', header: t('followUp.indicator.valueYears') },
                ]}
                rows={data.map((indicator) => ({
                  key: indicator.id,
                  cells: [
                    <Link key="link" href={toIndicator({ indicatorId: indicator.id })}>
                      {indicator.name}
                    </Link>,
                    indicator.goalArea ? goalAreaName(indicator.goalArea) : t('followUp.indicator.wholeAgreement'),
                    indicator.unit,
                    indicator.valueYears.length > 0 ? indicator.valueYears.join(', ') : '–',
                  ],
                }))}
              />
            </ScrollRegion>
          )}
        </LoadedList>
      </section>
      {document.kind === 'REGIONAL' && <LocalFollowUp agreementId={agreementId} />}
    </>
  );
}
