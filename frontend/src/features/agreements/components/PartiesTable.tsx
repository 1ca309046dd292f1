import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, ProvenanceMark } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { Party } from '../types';

/** The parties with their role, who signed for each (name and title) and when. */
export function PartiesTable({ parties, actions }: { parties: Party[]; actions?: (party: Party) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const columns = [
    { key: 'party', header: t('agreements.detail.party') },
    { key: 'role', header: t('agreements.detail.role') },
    { key: 'signatories', header: t('agreements.detail.signatories') },
    { key: 'signedOn', header: t('agreements.detail.signedOn') },
    ...(actions ? [{ key: 'actions', header: t('agreements.detail.actions') }] : []),
  ];
  return (
    <DataTable
      caption={t('agreements.detail.partiesCaption', { count: parties.length })}
      columns={columns}
      rows={parties.map((party) => ({
        key: party.id,
        cells: [
          <>
            {party.organisation.name}
            <ProvenanceMark provenance={party.provenance} field="organisation" />
          </>,
          <>
            {t(`partyRole.${party.role}`)}
            <ProvenanceMark provenance={party.provenance} field="role" />
          </>,
          party.signatories.length === 0 ? (
            <span className="muted">{t('agreements.detail.noSignatories')}</span>
          ) : (
            <ul className="compact-list">
              {party.signatories.map((signatory, index) => (
                <li key={index}>{signatory.title ? `${signatory.name}, ${signatory.title}` : signatory.name}</li>
              ))}
            </ul>
          ),
          formatDate(party.signedOn, locale(i18n.language)) ?? <span className="muted">{t('common.notSet')}</span>,
          ...(actions ? [actions(party)] : []),
        ],
      }))}
    />
  );
}
