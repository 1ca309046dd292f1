import { useTranslation } from 'react-i18next';
import { useAgreementSummaryCells } from '../../../components';
import { DataTable } from '../../../design-system';
import type { AgreementSummary } from '../types';

/**
 * The agreements of one page: title (linking to the document), kind, where, period and status in words. A plain
 * table, so that each row's link is a stop of its own for Tab (issue #17).
 */
export function AgreementTable({ items, isBusy }: { items: AgreementSummary[]; isBusy?: boolean }) {
  const { t } = useTranslation();
  const summary = useAgreementSummaryCells();
  return (
    <DataTable
      caption={t('agreements.list.tableLabel')}
      captionHidden
      busy={isBusy}
      columns={[
        { key: 'title', header: t('agreements.fields.title') },
        { key: 'kind', header: t('agreements.fields.kind') },
        { key: 'area', header: t('agreements.list.area') },
        { key: 'period', header: t('agreements.fields.period') },
        { key: 'status', header: t('agreements.fields.status') },
      ]}
      rows={items.map((agreement) => {
        const cells = summary(agreement);
        return {
          key: agreement.id,
          cells: [
            cells.title,
            cells.kind,
            agreement.municipalityName
              ? t('agreements.list.countyAndMunicipality', {
                  county: agreement.countyName,
                  municipality: agreement.municipalityName,
                })
              : agreement.countyName,
            cells.period,
            cells.status,
          ],
        };
      })}
    />
  );
}
