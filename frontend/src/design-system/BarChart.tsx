import { useId, type ReactNode } from 'react';
import './BarChart.css';

export type BarChartSeries = { key: string; label: string };
export type BarChartGroup = { key: string; label: string; values: Record<string, number | undefined> };

export type BarChartProps = {
  /** Series (e.g. women, men, total), each drawn with its own fill pattern, so colour is never the only difference. */
  series: BarChartSeries[];
  /** Groups along the x axis (e.g. years), each with a value per series. */
  groups: BarChartGroup[];
  /** Formats a value for the axis and the bar's label. */
  format?: (value: number) => string;
  /** The data table the chart draws: the chart itself is hidden from screen readers, the table is the alternative. */
  children: ReactNode;
};

const patterns = ['solid', 'stripes', 'dots', 'cross'] as const;

function Fill({ id, kind }: { id: string; kind: (typeof patterns)[number] }) {
  if (kind === 'solid') {
    return (
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="ds-chart-fill-1" />
      </pattern>
    );
  }
  if (kind === 'stripes') {
    return (
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="ds-chart-fill-bg" />
        <rect width="3" height="6" className="ds-chart-fill-2" />
      </pattern>
    );
  }
  if (kind === 'dots') {
    return (
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="ds-chart-fill-bg" />
        <circle cx="3" cy="3" r="1.8" className="ds-chart-fill-3" />
      </pattern>
    );
  }
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" className="ds-chart-fill-bg" />
      <path d="M0 0L6 6M6 0L0 6" className="ds-chart-stroke-4" />
    </pattern>
  );
}

/**
 * A grouped bar chart drawn in SVG with a legend; the bars differ by pattern as well as colour. It is hidden from
 * assistive technology: the data table given as children (always shown below) carries the same numbers.
 */
export function BarChart({ series, groups, format = (value) => String(value), children }: BarChartProps) {
  const baseId = useId().replace(/:/g, '');
  const values = groups
    .flatMap((group) => series.map((s) => group.values[s.key]))
    .filter((v): v is number => v !== undefined);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const range = max - min || 1;
  const barWidth = 22;
  const gap = 18;
  const groupWidth = series.length * barWidth + gap;
  const chartHeight = 180;
  const left = 56;
  const width = left + Math.max(1, groups.length) * groupWidth + gap;
  const y = (value: number) => 10 + ((max - value) / range) * chartHeight;
  return (
    <figure className="ds-chart">
      <div className="ds-chart-drawing" aria-hidden="true">
        <ul className="ds-chart-legend">
          {series.map((s, index) => (
            <li key={s.key}>
              <svg width="16" height="16" focusable="false">
                <defs>
                  <Fill id={`${baseId}-legend-${index}`} kind={patterns[index % patterns.length]} />
                </defs>
                <rect width="16" height="16" fill={`url(#${baseId}-legend-${index})`} className="ds-chart-bar" />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
        <svg width={width} height={chartHeight + 50} focusable="false" className="ds-chart-svg">
          <defs>
            {series.map((s, index) => (
              <Fill key={s.key} id={`${baseId}-${index}`} kind={patterns[index % patterns.length]} />
            ))}
          </defs>
          <line x1={left - 4} x2={width} y1={y(0)} y2={y(0)} className="ds-chart-axis" />
          <text x={left - 8} y={y(max) + 4} textAnchor="end" className="ds-chart-text">
            {format(max)}
          </text>
          {min < 0 && (
            <text x={left - 8} y={y(min) + 4} textAnchor="end" className="ds-chart-text">
              {format(min)}
            </text>
          )}
          <text x={left - 8} y={y(0) + 4} textAnchor="end" className="ds-chart-text">
            {format(0)}
          </text>
          {groups.map((group, groupIndex) => (
            <g key={group.key} transform={`translate(${left + gap / 2 + groupIndex * groupWidth},0)`}>
              {series.map((s, index) => {
                const value = group.values[s.key];
                if (value === undefined) return null;
                const top = Math.min(y(value), y(0));
                return (
                  <rect
                    key={s.key}
                    x={index * barWidth}
                    y={top}
                    width={barWidth - 3}
                    height={Math.max(1, Math.abs(y(value) - y(0)))}
                    fill={`url(#${baseId}-${index})`}
                    className="ds-chart-bar"
                  />
                );
              })}
              <text
                x={(series.length * barWidth) / 2}
                y={chartHeight + 34}
                textAnchor="middle"
                className="ds-chart-text"
              >
                {group.label}
              </text>
            </g>
          ))}
        </svg>
      </div>
      {children}
    </figure>
  );
}
