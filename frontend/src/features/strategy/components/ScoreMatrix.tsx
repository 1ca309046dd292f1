import { useTranslation } from 'react-i18next';
import type { Area } from '../types';

const LEVELS = [5, 4, 3, 2, 1] as const;

/**
 * The prioritisation matrix: effect upwards, feasibility to the right; each scored area is its number from the table
 * below, which holds the same facts in text (the table is the accessible alternative, so the drawing is hidden).
 */
export function ScoreMatrix({ areas }: { areas: { area: Area; number: number }[] }) {
  const { t } = useTranslation();
  const scored = areas.filter(({ area }) => area.effect != null && area.feasibility != null);
  return (
    <figure className="score-matrix">
      <div className="score-matrix-grid" aria-hidden="true">
        <span className="score-matrix-y-axis">{t('strategy.analysis.effect')}</span>
        {LEVELS.map((effect) => (
          <div key={effect} className="score-matrix-row">
            <span className="score-matrix-tick">{effect}</span>
            {[1, 2, 3, 4, 5].map((feasibility) => (
              <span
                key={feasibility}
                className={`score-matrix-cell${effect + feasibility >= 8 ? ' score-matrix-cell--best' : ''}`}
              >
                {scored
                  .filter(({ area }) => area.effect === effect && area.feasibility === feasibility)
                  .map(({ area, number }) => (
                    <span key={area.id} className="score-matrix-marker">
                      {number}
                    </span>
                  ))}
              </span>
            ))}
          </div>
        ))}
        <div className="score-matrix-row">
          <span className="score-matrix-tick" />
          {[1, 2, 3, 4, 5].map((feasibility) => (
            <span key={feasibility} className="score-matrix-tick">
              {feasibility}
            </span>
          ))}
        </div>
        <span className="score-matrix-x-axis">{t('strategy.analysis.feasibility')}</span>
      </div>
      <figcaption>{t('strategy.analysis.matrixCaption', { scored: scored.length, total: areas.length })}</figcaption>
    </figure>
  );
}
