import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../design-system';
import type { Agreement, Level, OrganisationReference } from '../types';
import { buildMatrix, type MatrixMark } from './matrix';
import { formatList, goalAreaName } from './format';

const levels: Level[] = ['NATIONAL', 'REGIONAL', 'SUBREGIONAL', 'LOCAL'];

/** A goal area's parties that have the same marks, together (in the columns' order), leaving out those with none. */
function sameMarks(columns: OrganisationReference[], cells: MatrixMark[][]) {
  const lines = new Map<string, { marks: MatrixMark[]; organisations: OrganisationReference[] }>();
  cells.forEach((marks, index) => {
    if (marks.length === 0) return;
    const key = JSON.stringify(marks);
    const line = lines.get(key);
    if (line) line.organisations.push(columns[index]);
    else lines.set(key, { marks, organisations: [columns[index]] });
  });
  return [...lines.values()];
}

/** One responsibility as a mark: filled for a responsible party, outlined for another, the level as a coloured edge. */
function Mark({ mark }: { mark: MatrixMark }) {
  const { t } = useTranslation();
  const kind = t(`agreements.matrix.kind.${mark.kind}`);
  const text = mark.level
    ? t('agreements.matrix.mark', { kind, level: t(`levelWord.${mark.level}`) })
    : t('agreements.matrix.markNoLevel', { kind });
  const classes = [
    'matrix-mark',
    `matrix-mark--${mark.kind === 'RESPONSIBLE' ? 'responsible' : 'other'}`,
    `matrix-mark--${mark.level ? mark.level.toLowerCase() : 'no-level'}`,
    ...(mark.viaAllOthers ? ['matrix-mark--via-all-others'] : []),
  ];
  return (
    <span className={classes.join(' ')}>
      {mark.viaAllOthers ? t('agreements.matrix.viaAllOthers', { mark: text }) : text}
    </span>
  );
}

/** A cell's or a list item's marks; a screen reader hears them separated. */
function Marks({ marks }: { marks: MatrixMark[] }) {
  return marks.map((mark, index) => (
    <Fragment key={index}>
      {index > 0 && <span className="visually-hidden">; </span>}
      <Mark mark={mark} />
    </Fragment>
  ));
}

/** What the marks mean: the two kinds of party, the four levels, and the marks that come from "övriga parter". */
function Legend() {
  const { t } = useTranslation();
  return (
    <div className="matrix-legend">
      <h2 className="matrix-legend-title">{t('agreements.matrix.legend.title')}</h2>
      <ul>
        <li className="matrix-legend-item">
          <span className="matrix-mark matrix-mark--responsible matrix-mark--no-level">
            {t('agreements.matrix.kind.RESPONSIBLE')}
          </span>{' '}
          {t('agreements.matrix.legend.responsible')}
        </li>
        <li className="matrix-legend-item">
          <span className="matrix-mark matrix-mark--other matrix-mark--no-level">
            {t('agreements.matrix.kind.OTHER')}
          </span>{' '}
          {t('agreements.matrix.legend.other')}
        </li>
        <li className="matrix-legend-item">
          {levels.map((level) => (
            <Fragment key={level}>
              <span className={`matrix-mark matrix-mark--other matrix-mark--${level.toLowerCase()}`}>
                {t(`levelWord.${level}`)}
              </span>{' '}
            </Fragment>
          ))}
          {t('agreements.matrix.legend.levels')}
        </li>
        <li className="matrix-legend-item">
          <span className="matrix-mark matrix-mark--other matrix-mark--no-level matrix-mark--via-all-others">
            {t('agreements.matrix.legend.viaAllOthersSample')}
          </span>{' '}
          {t('agreements.matrix.legend.viaAllOthers')}
        </li>
      </ul>
    </div>
  );
}

/**
 * Goal areas × parties. On a wide screen and on paper a real table: goal areas are row headers, parties column
 * headers grouped by kind (länsstyrelser, myndigheter, kommuner …), each cell a mark per responsibility that says in
 * words what the party has there ("Ansvarig, regional nivå"), "övriga undertecknande parter" resolved to the parties
 * it stands for. The table scrolls inside its own region with its headers kept in view; printed it is shown whole.
 * On a phone the same facts are a list per goal area (issue #17: no page scrolls sideways at 390 px).
 */
export function ResponsibilityMatrix({ agreement }: { agreement: Pick<Agreement, 'parties' | 'goalAreas'> }) {
  const { t, i18n } = useTranslation();
  const matrix = buildMatrix(agreement);
  // The first column of each group, marked so the groups stand apart.
  const groupStarts = new Set<number>();
  matrix.groups.reduce((start, group) => {
    groupStarts.add(start);
    return start + group.span;
  }, 0);
  const groupClass = (index: number) => (groupStarts.has(index) ? 'matrix-group-start' : undefined);
  return (
    <div className="matrix">
      <Legend />
      <div className="matrix-table">
        <ScrollRegion label={t('agreements.matrix.scrollLabel')}>
          <table className="ds-data-table matrix-grid">
            <caption className="ds-data-table-caption">{t('agreements.matrix.caption')}</caption>
            <colgroup>
              <col />
            </colgroup>
            {matrix.groups.map((group, index) => (
              <colgroup key={index} span={group.span} />
            ))}
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className="matrix-corner">
                  {t('agreements.matrix.goalArea')}
                </th>
                {matrix.groups.map((group, index) => (
                  <th key={index} scope="colgroup" colSpan={group.span} className="matrix-group matrix-group-start">
                    {t(`agreements.matrix.group.${group.group}`)}
                  </th>
                ))}
              </tr>
              <tr>
                {matrix.columns.map((organisation, index) => (
                  <th key={organisation.id} scope="col" className={groupClass(index)}>
                    {organisation.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.goalArea.id}>
                  <th scope="row">{goalAreaName(row.goalArea)}</th>
                  {row.cells.map((marks, index) => (
                    <td key={matrix.columns[index].id} className={groupClass(index)}>
                      {marks.length === 0 ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('agreements.matrix.none')}</span>
                        </>
                      ) : (
                        <Marks marks={marks} />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      <div className="matrix-list">
        {matrix.rows.map((row) => {
          const without = matrix.columns.filter((_, index) => row.cells[index].length === 0);
          return (
            <section key={row.goalArea.id} className="matrix-list-area">
              <h2>{goalAreaName(row.goalArea)}</h2>
              <ul>
                {sameMarks(matrix.columns, row.cells).map(({ marks, organisations }) => (
                  <li key={organisations[0].id} className="matrix-list-item">
                    <Marks marks={marks} />{' '}
                    <span className="matrix-list-parties">
                      {formatList(
                        organisations.map((organisation) => organisation.name),
                        i18n.language,
                      )}
                    </span>
                  </li>
                ))}
              </ul>
              {without.length > 0 && (
                <p className="muted">
                  {t('agreements.matrix.noneFor', {
                    names: formatList(
                      without.map((organisation) => organisation.name),
                      i18n.language,
                    ),
                  })}
                </p>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
