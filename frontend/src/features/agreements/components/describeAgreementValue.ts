import { useTranslation } from 'react-i18next';
import { useCounties, useMunicipalities } from '../../../lib/reference';
import { useAgreements } from '../api/getAgreements';
import type { AgreementField } from './agreementFormValues';
import { plainText } from '../../../lib/format';
import { referenceLabel } from './format';
import type { AgreementInput, AgreementReference, LegalReference } from '../types';

/**
 * Field values of an agreement input in words, for the conflict screen: names instead of codes and ids, lists one
 * entry a line.
 */
export function useDescribeAgreementValue(
  input: Pick<AgreementInput, 'countyCode'>,
  references: (AgreementReference | undefined)[],
) {
  const { t } = useTranslation();
  const counties = useCounties();
  const municipalities = useMunicipalities(input.countyCode);
  const agreements = useAgreements(
    { county: input.countyCode, size: 100, page: 0, sort: '-firstYear' },
    { enabled: Boolean(input.countyCode) },
  );
  const agreementName = (id: string) => {
    const reference =
      references.find((candidate) => candidate?.id === id) ?? agreements.data?.items.find((item) => item.id === id);
    return reference ? referenceLabel(reference) : id;
  };
  return (field: AgreementField, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '';
    switch (field) {
      case 'kind':
        return t(`agreementKind.${value as AgreementInput['kind']}`);
      case 'countyCode':
        return counties.data?.find((county) => county.code === value)?.name ?? plainText(value);
      case 'municipalityCode':
        return municipalities.data?.find((municipality) => municipality.code === value)?.name ?? plainText(value);
      case 'legalBasis':
        return (value as LegalReference[])
          .map((reference) => (reference.title ? `SFS ${reference.sfs} ${reference.title}` : `SFS ${reference.sfs}`))
          .join('\n');
      case 'targetGroups':
        return (value as NonNullable<AgreementInput['targetGroups']>)
          .map((group) => t(`targetGroup.${group}`))
          .join(', ');
      case 'perspectives':
        return (value as NonNullable<AgreementInput['perspectives']>)
          .map((perspective) => t(`perspective.${perspective}`))
          .join(', ');
      case 'parentAgreementId':
      case 'supersedesId':
        return agreementName(plainText(value));
      default:
        return plainText(value);
    }
  };
}
