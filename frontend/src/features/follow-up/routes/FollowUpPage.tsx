import { formatPeriod } from '../../../lib/format';
import { useTranslation } from 'react-i18next';
import { DataTable, Link, PageHeading, ScrollRegion } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useFollowUpAgreements } from '../api/getFollowUpAgreements';
import { useMyTasks } from '../api/getMyTasks';
import { TaskTable } from '../components/TaskTable';
import { Loaded } from '../components/Loaded';
import { toAgreementFollowUp } from '../../../lib/links';
import '../styles.css';

/** The caller's tasks (members) and the agreements whose follow-up they can see. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isMember = !!me.data?.authenticated && !!me.data.organisationId;
  const tasks = useMyTasks(isMember);
  const agreements = useFollowUpAgreements();
  return (
    <>
      <PageHeading>{t('followUp.overview.title')}</PageHeading>
      <p className="lead">{t('followUp.overview.intro')}</p>
      {isMember && (
        <section aria-labelledby="my-tasks">
          <h2 id="my-tasks">{t('followUp.tasks.title')}</h2>
          <Loaded query={tasks}>{(data) => <TaskTable tasks={data} />}</Loaded>
        </section>
      )}
      <section aria-labelledby="follow-up-agreements">
        <h2 id="follow-up-agreements">{t('followUp.overview.agreements')}</h2>
        <Loaded query={agreements}>
          {(data) =>
            data.items.length === 0 ? (
              <p>{t('followUp.overview.noAgreements')}</p>
            ) : (
              <ScrollRegion label={t('followUp.overview.agreements')}>
                <DataTable
                  caption={t('followUp.overview.agreements')}
                  captionHidden
                  columns={[
                    { key: 'title', header: t('followUp.fields.agreement') },
                    { key: 'county', header: t('followUp.fields.county') },
                    { key: 'period', header: t('followUp.fields.period') },
                  ]}
                  rows={data.items.map((agreement) => ({
                    key: agreement.id,
                    cells: [
                      <Link key="link" href={toAgreementFollowUp({ agreementId: agreement.id })}>
                        {agreement.title}
                      </Link>,
                      agreement.municipalityName
                        ? `${agreement.countyName}, ${agreement.municipalityName}`
                        : agreement.countyName,
                      formatPeriod(agreement.firstYear, agreement.lastYear),
                    ],
                  }))}
                />
              </ScrollRegion>
            )
          }
        </Loaded>
      </section>
    </>
  );
}
