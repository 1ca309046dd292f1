import { useTranslation } from 'react-i18next';
import { BarChart, DataTable } from '../../../design-system';
import { chartValue, formatKronor } from '../format';
import type { Total } from '../types';

/** One breakdown of the money as bars and, always, as the table the bars draw. */
export function TotalsChart({ caption, totals }: { caption: string; totals: Total[] }) {
  const { t, i18n } = useTranslation();
  if (totals.length === 0) return <p>{t('funding.summary.none')}</p>;
  const money = (amount: string) => formatKronor(amount, i18n.language) ?? amount;
  return (
    <BarChart
      series={[{ key: 'amount', label: t('funding.summary.amount') }]}
      groups={totals.map((total) => ({
        key: total.key,
        label: total.label,
        values: { amount: chartValue(total.amount) },
      }))}
      format={(value) => Math.round(value).toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'sv-SE')}
    >
      <DataTable
        caption={caption}
        columns={[
          { key: 'label', header: t('funding.summary.what') },
          { key: 'amount', header: t('funding.summary.amount') },
          { key: 'projects', header: t('funding.summary.projects') },
        ]}
        rows={totals.map((total) => ({
          key: total.key,
          cells: [total.label, money(total.amount), String(total.projects)],
        }))}
      />
    </BarChart>
  );
}
