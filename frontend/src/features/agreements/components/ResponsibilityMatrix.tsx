import { useTranslation } from 'react-i18next';
import { DataTable, ScrollRegion } from '../../../design-system';
import type { Agreement } from '../types';
import { buildMatrix, type MatrixMark } from './matrix';
import { goalAreaName } from './format';

/**
 * Goal areas × parties as a real table: goal areas are row headers, parties column headers, and each cell says in
 * words what the party has there ("Ansvarig, regional nivå"), "övriga undertecknande parter" resolved to the
 * parties it stands for. Wide tables scroll sideways in a region that takes keyboard focus.
 */
export function ResponsibilityMatrix({ agreement }: { agreement: Pick<Agreement, 'parties' | 'goalAreas'> }) {
  const { t } = useTranslation();
  const matrix = buildMatrix(agreement);
  const markText = (mark: MatrixMark) => {
    const kind = t(`agreements.matrix.kind.${mark.kind}`);
    const text = mark.level
      ? t('agreements.matrix.mark', { kind, level: t(`levelWord.${mark.level}`) })
      : t('agreements.matrix.markNoLevel', { kind });
    return mark.viaAllOthers ? t('agreements.matrix.viaAllOthers', { mark: text }) : text;
  };
  return (
    <ScrollRegion label={t('agreements.matrix.scrollLabel')}>
      <DataTable
        className="matrix"
        caption={t('agreements.matrix.caption')}
        columns={[
          { key: 'goal-area', header: t('agreements.matrix.goalArea') },
          ...matrix.columns.map((organisation) => ({ key: organisation.id, header: organisation.name })),
        ]}
        rows={matrix.rows.map((row) => ({
          key: row.goalArea.id,
          cells: [
            goalAreaName(row.goalArea),
            ...row.cells.map((marks, index) =>
              marks.length === 0 ? (
                <span key={index}>
                  <span aria-hidden="true">–</span>
                  <span className="visually-hidden">{t('agreements.matrix.none')}</span>
                </span>
              ) : (
                marks.map(markText).join('; ')
              ),
            ),
          ],
        }))}
      />
    </ScrollRegion>
  );
}
