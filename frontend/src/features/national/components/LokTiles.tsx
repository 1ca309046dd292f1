import { useTranslation } from 'react-i18next';
import { Link } from '../../../design-system';
import { toAgreement } from '../../../lib/links';
import type { NationalOverview } from '../types';

/**
 * The tile map: a block per county in the official county-code order, a tile per municipality in code order, from
 * the codes the project ships (no geography is invented). A tile with a LÖK in force carries a check mark and
 * links to it; the colour only repeats what the mark and the text say.
 */
export function LokTiles({ overview }: { overview: NationalOverview }) {
  const { t } = useTranslation();
  return (
    <ul className="lok-map" aria-label={t('national.lokMap.mapLabel', { year: overview.year })}>
      {overview.counties.map((county) => {
        const municipalities = overview.municipalities.filter((m) => m.countyCode === county.countyCode);
        return (
          <li key={county.countyCode} className="lok-map-county">
            <h2 className="lok-map-county-name">{county.countyName}</h2>
            <p className="lok-map-county-count">
              {t('national.lokMap.countyCount', {
                count: county.figures.municipalities,
                withLok: county.figures.municipalitiesWithLok,
              })}
            </p>
            <ul className="lok-map-tiles">
              {municipalities.map((m) => (
                <li key={m.code} className={m.lokAgreementId ? 'lok-tile lok-tile--lok' : 'lok-tile'}>
                  {m.lokAgreementId ? (
                    <Link
                      className="lok-tile-link"
                      href={toAgreement({ id: m.lokAgreementId })}
                      aria-label={t('national.lokMap.tileWithLok', { name: m.name, title: m.lokTitle ?? '' })}
                    >
                      <span aria-hidden="true">✓ </span>
                      {m.name}
                    </Link>
                  ) : (
                    <span aria-label={t('national.lokMap.tileWithoutLok', { name: m.name })}>{m.name}</span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
