import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../design-system';
import type { AgreementStatus } from '../types';

const tones: Record<AgreementStatus, BadgeTone> = {
  DRAFT: 'warning',
  CONSULTATION: 'info',
  ADOPTED: 'success',
  EXPIRED: 'muted',
  SUPERSEDED: 'muted',
};

/** An agreement's status in words, with a colour that only repeats it. */
export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`agreementStatus.${status}`)}</Badge>;
}
