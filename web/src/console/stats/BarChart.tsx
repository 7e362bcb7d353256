import { useId } from 'react';

export type Bar = { label: string; count: number };

const ROW = 22;
const LABEL_WIDTH = 160;
const WIDTH = 520;

/**
 * Horizontal bars in inline SVG. The picture is one image with a summary for screen readers;
 * the table under it holds the same numbers for everyone.
 */
export function BarChart({ title, bars, tableLabel }: { title: string; bars: Bar[]; tableLabel: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const height = bars.length * ROW + 4;
  const summary = bars.map((bar) => `${bar.label}: ${bar.count}`).join(', ');
  return (
    <figure className="console-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`${title} — ${summary}`}>
        {bars.map((bar, index) => {
          const width = ((WIDTH - LABEL_WIDTH - 50) * bar.count) / max;
          const y = index * ROW + 2;
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 6} y={y + 15} textAnchor="end" fontSize="12">{bar.label.length > 22 ? `${bar.label.slice(0, 21)}…` : bar.label}</text>
              <rect x={LABEL_WIDTH} y={y + 3} width={Math.max(1, width)} height={ROW - 8} fill="var(--brand, #1d4f91)" />
              <text x={LABEL_WIDTH + width + 4} y={y + 15} fontSize="12">{bar.count}</text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{tableLabel}</summary>
        <table className="console-table">
          <tbody>
            {bars.map((bar) => <tr key={bar.label}><th scope="row">{bar.label}</th><td>{bar.count}</td></tr>)}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
