import { useId } from 'react';
import type { DailySeries } from '#schema/console/stats.ts';

const WIDTH = 540;
const HEIGHT = 120;

/** Every day of the period, today last, with zero where nothing happened. */
export function fillDays(series: DailySeries, days: number, today: Date): DailySeries {
  const counts = new Map(series.map((point) => [point.day, point.count]));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(today.getTime() - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/** One column per day in inline SVG, with the total and peak said in words. */
export function DailyChart({ title, series, days, describe }: { title: string; series: DailySeries; days: number; describe: (total: number, peak: number) => string }) {
  const id = useId();
  const points = fillDays(series, days, new Date());
  const max = Math.max(1, ...points.map((p) => p.count));
  const total = points.reduce((sum, p) => sum + p.count, 0);
  const column = WIDTH / points.length;
  return (
    <figure className="console-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`} width="100%" role="img" aria-label={`${title} — ${describe(total, max)}`}>
        <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="#767676" />
        {points.map((point, index) => {
          const h = (HEIGHT - 4) * (point.count / max);
          return <rect key={point.day} x={index * column + 0.5} y={HEIGHT - h} width={Math.max(1, column - 1)} height={h} fill="var(--brand, #1d4f91)"><title>{`${point.day}: ${point.count}`}</title></rect>;
        })}
        <text x={0} y={HEIGHT + 13} fontSize="11">{points[0]?.day}</text>
        <text x={WIDTH} y={HEIGHT + 13} fontSize="11" textAnchor="end">{points.at(-1)?.day}</text>
      </svg>
      <p className="console-hint">{describe(total, max)}</p>
    </figure>
  );
}
