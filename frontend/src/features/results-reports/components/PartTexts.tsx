import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../../../design-system';

/** A part's three texts as they read; what is not written is said to be so. */
export function PartTexts({
  assessment,
  successFactors,
  areasToDevelop,
}: {
  assessment?: string;
  successFactors?: string;
  areasToDevelop?: string;
}) {
  const { t } = useTranslation();
  const text = (value?: string) => (value ? <span className="preserve-lines">{value}</span> : undefined);
  return (
    <DescriptionList
      emptyValue={t('resultsReports.part.notWritten')}
      items={[
        { term: t('resultsReports.part.assessment'), description: text(assessment) },
        { term: t('resultsReports.part.successFactors'), description: text(successFactors) },
        { term: t('resultsReports.part.areasToDevelop'), description: text(areasToDevelop) },
      ]}
    />
  );
}
