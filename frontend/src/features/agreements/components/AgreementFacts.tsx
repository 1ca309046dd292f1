import { useTranslation } from 'react-i18next';
import { AgreementStatusBadge } from '../../../components';
import { DescriptionList, Link, ProvenanceMark, SourceNote, type DescriptionItem } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { Agreement, AgreementReference } from '../types';
import { formatPeriod, referenceLabel } from './format';
import { toAgreement, toMeeting } from '../../../lib/links';

function ReferenceLinks({ references }: { references: AgreementReference[] }) {
  const { t } = useTranslation();
  if (references.length === 1) return <ReferenceLink reference={references[0]} />;
  return (
    <ul className="compact-list">
      {references.map((reference) => (
        <li key={reference.id}>
          <ReferenceLink reference={reference} /> ({t(`agreementStatus.${reference.status}`)})
        </li>
      ))}
    </ul>
  );
}

function ReferenceLink({ reference }: { reference: AgreementReference }) {
  return <Link href={toAgreement({ id: reference.id })}>{referenceLabel(reference)}</Link>;
}

/** The facts at the top of the document: kind, status, where, period, report number, adoption, related agreements. */
export function AgreementFacts({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const items: DescriptionItem[] = [
    { term: t('agreements.fields.kind'), description: t(`agreementKind.${agreement.kind}`) },
    {
      term: t('agreements.fields.status'),
      description: (
        <>
          <AgreementStatusBadge status={agreement.status} />
          <ProvenanceMark provenance={agreement.provenance} field="status" />
        </>
      ),
    },
    { term: t('agreements.fields.county'), description: agreement.countyName },
  ];
  if (agreement.kind === 'LOCAL' || agreement.municipalityName) {
    items.push({ term: t('agreements.fields.municipality'), description: agreement.municipalityName });
  }
  items.push(
    {
      term: t('agreements.fields.period'),
      description: (
        <>
          {formatPeriod(agreement.firstYear, agreement.lastYear)}
          <ProvenanceMark provenance={agreement.provenance} field="firstYear" />
        </>
      ),
    },
    { term: t('agreements.fields.reportNumber'), description: agreement.reportNumber },
    { term: t('agreements.fields.caseNumber'), description: agreement.caseNumber },
    {
      term: t('agreements.fields.adoptedOn'),
      description: agreement.adoptedOn ? (
        <>
          {formatDate(agreement.adoptedOn, locale(i18n.language))}
          <ProvenanceMark provenance={agreement.provenance} field="adoptedOn" />
        </>
      ) : undefined,
    },
  );
  const decision = agreement.adoptionDecision;
  if (decision) {
    const on = formatDate(decision.date, locale(i18n.language));
    items.push({
      term: t('agreements.fields.adoptionDecision'),
      description: (
        <Link href={toMeeting({ id: decision.meetingId })}>
          {decision.paragraph
            ? t('agreements.detail.adoptedByMeetingParagraph', {
                forum: decision.forumName,
                on,
                paragraph: decision.paragraph,
              })
            : t('agreements.detail.adoptedByMeeting', { forum: decision.forumName, on })}
        </Link>
      ),
    });
  }
  if (agreement.parent) {
    items.push({
      term:
        agreement.kind === 'STRATEGY' ? t('agreements.fields.parentStrategy') : t('agreements.fields.parentAgreement'),
      description: <ReferenceLink reference={agreement.parent} />,
    });
  }
  if (agreement.localAgreements.length > 0) {
    items.push({
      term:
        agreement.kind === 'STRATEGY' ? t('agreements.fields.subStrategies') : t('agreements.fields.localAgreements'),
      description: <ReferenceLinks references={agreement.localAgreements} />,
    });
  }
  if (agreement.supersedes) {
    items.push({
      term: t('agreements.fields.supersedes'),
      description: (
        <>
          <ReferenceLink reference={agreement.supersedes} />
          <ProvenanceMark provenance={agreement.provenance} field="supersedes" />
        </>
      ),
    });
  }
  if (agreement.supersededBy.length > 0) {
    items.push({
      term: t('agreements.fields.supersededBy'),
      description: <ReferenceLinks references={agreement.supersededBy} />,
    });
  }
  return (
    <>
      <DescriptionList items={items} emptyValue={t('common.notSet')} />
      <SourceNote provenance={agreement.provenance} />
    </>
  );
}
