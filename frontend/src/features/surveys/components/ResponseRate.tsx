import { useTranslation } from 'react-i18next';

/** "12 av 15 har svarat (80 %)". */
export function ResponseRate({ answered, recipients, rate }: { answered: number; recipients: number; rate: number }) {
  const { t } = useTranslation();
  return <>{t('surveys.responseRate', { answered, recipients, rate })}</>;
}
