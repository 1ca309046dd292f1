import { useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components';
import { Button, CheckboxGroup } from '../../../design-system';
import { useDeleteStatusReport } from '../api/deleteStatusReport';
import type { VersionedStatusReport } from '../api/getStatusReport';
import { statusReportKeys } from '../api/queryKeys';
import { useWithdrawInvitation } from '../api/withdrawInvitation';
import { CorrectionOutcome } from './AgendaCorrections';

/** Withdraws invitations not yet answered, one or all at once (asks first); answered ones stay. */
export function WithdrawInvitations({ versioned }: { versioned: VersionedStatusReport }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const withdraw = useWithdrawInvitation();
  const { report } = versioned;
  const open = report.invitations.filter((invitation) => !invitation.submitted);
  const [chosen, setChosen] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<{ done?: string; error?: unknown } | null>(null);
  if (open.length === 0) return null;
  const allChosen = open.every((invitation) => chosen.includes(invitation.organisation.id));
  return (
    <section aria-labelledby="withdraw-heading">
      <h3 id="withdraw-heading">{t('forums.reportCorrections.withdrawHeading')}</h3>
      <CorrectionOutcome outcome={outcome} />
      <CheckboxGroup
        label={t('forums.reportCorrections.withdrawChoose')}
        options={open.map((invitation) => ({ id: invitation.organisation.id, label: invitation.organisation.name }))}
        value={chosen}
        onChange={setChosen}
      />
      <div className="page-actions">
        <Button onPress={() => setChosen(allChosen ? [] : open.map((invitation) => invitation.organisation.id))}>
          {allChosen ? t('forums.reportCorrections.chooseNone') : t('forums.reportCorrections.chooseAll')}
        </Button>
        {chosen.length > 0 && (
          <ConfirmAction
            label={t('forums.reportCorrections.withdraw', { count: chosen.length })}
            title={t('forums.reportCorrections.withdrawTitle', { count: chosen.length })}
            confirmLabel={t('forums.reportCorrections.withdrawConfirm')}
            action={async () => {
              try {
                for (const invitation of open.filter((candidate) => chosen.includes(candidate.organisation.id))) {
                  await withdraw.mutateAsync({
                    id: report.id,
                    organisationId: invitation.organisation.id,
                    version: invitation.version,
                  });
                }
              } finally {
                await queryClient.invalidateQueries({ queryKey: statusReportKeys.all });
              }
            }}
            onDone={({ error }) => {
              if (!error) setChosen([]);
              setOutcome(
                error ? { error } : { done: t('forums.reportCorrections.withdrawn', { count: chosen.length }) },
              );
            }}
          >
            <p>{t('forums.reportCorrections.withdrawText')}</p>
          </ConfirmAction>
        )}
      </div>
    </section>
  );
}

/** Deletes the report (asks first), then shows the forum's reports saying so. */
export function DeleteStatusReport({ versioned }: { versioned: VersionedStatusReport }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteStatusReport();
  const [error, setError] = useState<unknown>(null);
  const { report, etag } = versioned;
  return (
    <>
      {error !== null && <CorrectionOutcome outcome={{ error }} />}
      <div className="page-actions">
        <ConfirmAction
          label={t('forums.reportCorrections.delete')}
          title={t('forums.reportCorrections.deleteTitle', { title: report.title })}
          confirmLabel={t('forums.corrections.remove')}
          action={() => remove.mutateAsync({ id: report.id, etag })}
          onDone={({ error: refused }) => {
            if (refused) setError(refused);
            else
              void navigate({
                to: '/forums/$id/status-reports',
                params: { id: report.forum.id },
                state: { notice: { key: 'forums.reportCorrections.deleted', values: { title: report.title } } },
              });
          }}
        >
          <p>{t('forums.reportCorrections.deleteText')}</p>
        </ConfirmAction>
      </div>
    </>
  );
}
