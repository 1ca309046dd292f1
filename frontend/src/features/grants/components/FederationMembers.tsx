import { useTranslation } from 'react-i18next';
import { Loaded } from '../../../components';
import { ProvenanceMark, type ProvenanceInfo } from '../../../design-system';
import { useFederationMembers } from '../api/getFederationMembers';
import type { FederationMember } from '../types';

/** Where the membership comes from, for the mark: the first member not taken from a source document, if any. */
function provenanceOf(members: readonly FederationMember[]): ProvenanceInfo | null {
  const member = members.find((m) => m.provenanceKind === 'INFERRED' || m.provenanceKind === 'SAMPLE');
  if (!member) return null;
  return {
    kind: member.provenanceKind === 'SAMPLE' ? 'SAMPLE' : 'INFERRED',
    source: member.source,
    note: member.note,
    inferred: [],
  };
}

/**
 * The municipalities a federation coordinator's grant covers: the federation's member municipalities, marked when the
 * membership is not from the seed documents (GR's members are external data).
 */
export function FederationMembers({ federationId }: { federationId: string }) {
  const { t } = useTranslation();
  const members = useFederationMembers(federationId);
  return (
    <Loaded query={members}>
      {(items) =>
        items.length === 0 ? (
          <p>{t('grants.federation.none')}</p>
        ) : (
          <div className="grants-federation">
            {t('grants.federation.members', {
              count: items.length,
              names: items.map((m) => m.municipalityName).join(', '),
            })}{' '}
            <ProvenanceMark provenance={provenanceOf(items)} />
          </div>
        )
      }
    </Loaded>
  );
}
