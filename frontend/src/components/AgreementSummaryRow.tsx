import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Link, type BadgeTone } from '../design-system';
import type { components } from '../lib/api';
import { formatPeriod } from '../lib/format';
import { toAgreement } from '../lib/links';

type AgreementStatus = components['schemas']['AgreementStatus'];

/** What a list shows of an agreement, whichever list it is (the agreements' own, an organisation's commitments). */
export type AgreementSummaryFields = Pick<
  components['schemas']['AgreementSummary'],
  'id' | 'title' | 'kind' | 'status' | 'firstYear' | 'lastYear'
>;

/** The cells of an agreement's row by name, so that a list puts its own columns (area, role) between them. */
export type AgreementSummaryCells = { title: ReactNode; kind: ReactNode; period: ReactNode; status: ReactNode };

const tones: Record<AgreementStatus, BadgeTone> = {
  DRAFT: 'warning',
  CONSULTATION: 'info',
  ADOPTED: 'success',
  EXPIRED: 'muted',
  SUPERSEDED: 'muted',
};

/** An agreement's status in words, with a colour that only repeats it. */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`agreementStatus.${status}`)}</Badge>;
}

/**
 * An agreement's summary row, written once: its title linking to the document, its kind in words, its period (kept
 * on one line) and its status badge.
 */
export function useAgreementSummaryCells(): (agreement: AgreementSummaryFields) => AgreementSummaryCells {
  const { t } = useTranslation();
  return (agreement) => ({
    title: (
      <Link key="title" href={toAgreement({ id: agreement.id })}>
        {agreement.title}
      </Link>
    ),
    kind: t(`agreementKind.${agreement.kind}`),
    period: (
      <span key="period" className="nowrap">
        {formatPeriod(agreement.firstYear, agreement.lastYear)}
      </span>
    ),
    status: <AgreementStatusBadge key="status" status={agreement.status} />,
  });
}
