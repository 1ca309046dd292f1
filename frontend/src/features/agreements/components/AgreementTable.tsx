import { useTranslation } from 'react-i18next';
import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from '../../../design-system';
import type { AgreementSummary } from '../types';
import { formatPeriod } from './format';
import { StatusBadge } from './StatusBadge';
import { toAgreement } from '../../../lib/links';

/** The agreements of one page: title (linking to the document), kind, where, period and status in words. */
export function AgreementTable({ items, isBusy }: { items: AgreementSummary[]; isBusy?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t('agreements.list.tableLabel')} aria-busy={isBusy || undefined}>
      <TableHeader>
        <Column id="title" isRowHeader>
          {t('agreements.fields.title')}
        </Column>
        <Column id="kind">{t('agreements.fields.kind')}</Column>
        <Column id="area">{t('agreements.list.area')}</Column>
        <Column id="period">{t('agreements.fields.period')}</Column>
        <Column id="status">{t('agreements.fields.status')}</Column>
      </TableHeader>
      <TableBody items={items}>
        {(agreement) => (
          <Row id={agreement.id}>
            <Cell>
              <Link href={toAgreement({ id: agreement.id })}>{agreement.title}</Link>
            </Cell>
            <Cell>{t(`agreementKind.${agreement.kind}`)}</Cell>
            <Cell>
              {agreement.municipalityName
                ? t('agreements.list.countyAndMunicipality', {
                    county: agreement.countyName,
                    municipality: agreement.municipalityName,
                  })
                : agreement.countyName}
            </Cell>
            <Cell>
              <span className="nowrap">{formatPeriod(agreement.firstYear, agreement.lastYear)}</span>
            </Cell>
            <Cell>
              <StatusBadge status={agreement.status} />
            </Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
