import { useTranslation } from 'react-i18next';
import { Select } from '../../../design-system';

/** The years offered: this year back to 2010. */
function yearOptions(current: number): number[] {
  const years: number[] = [];
  for (let y = current; y >= 2010; y -= 1) years.push(y);
  return years;
}

/** The year the national pages show; this year first. */
export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('national.year')}
      options={yearOptions(new Date().getFullYear()).map((y) => ({ id: String(y), label: String(y) }))}
      value={String(year)}
      onChange={(value) => {
        if (value) onChange(Number(value));
      }}
    />
  );
}
