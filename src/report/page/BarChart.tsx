// A horizontal bar chart drawn with HTML: one to three bars per row, each labelled with its value, so the chart
// reads without colour and its text keeps the page's size at any width (an SVG scaled to a phone shrinks its
// words). The chart is one image with a text alternative; the table beside it carries the same numbers.
// Why not a chart library: scripts/report/README.md ("Charts").
export interface BarSeries {
  name: string;
  /** Sets the bar's colour (report.css). */
  tone: 'reached' | 'completed' | 'passed' | 'before' | 'after' | 'agree';
}

export interface BarRow {
  label: string;
  /** One value per series; null draws no bar and says `note` instead. */
  values: (number | null)[];
  note?: string;
}

interface Props {
  title: string;
  /** The text alternative: what the chart shows, in words. */
  summary: string;
  series: BarSeries[];
  rows: BarRow[];
  /** The scale's maximum (100 for percentages); by default the largest value. */
  max?: number;
  unit?: string;
}

const format = (value: number, unit: string): string => `${Number.isInteger(value) ? value : value.toFixed(1)}${unit}`;

export function BarChart({ title, summary, series, rows, max, unit = '' }: Props) {
  const largest = max ?? Math.max(1, ...rows.flatMap((row) => row.values.filter((value): value is number => value !== null)));
  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      <div role="img" aria-label={summary}>
        <ul className="chart-legend">
          {series.map((entry) => (
            <li key={entry.name}>
              <span className={`swatch tone-${entry.tone}`} /> {entry.name}
            </li>
          ))}
        </ul>
        <div className="chart-rows">
          {rows.map((row) => (
            <div className="chart-row" key={row.label}>
              <div className="chart-label">{row.label}</div>
              <div className="chart-bars">
                {row.values.every((value) => value === null) ? (
                  <div className="chart-note">{row.note ?? 'no data'}</div>
                ) : (
                  row.values.map((value, index) => (
                    <div className="chart-bar-line" key={series[index]?.name ?? index}>
                      <span
                        className={`chart-bar tone-${series[index]?.tone ?? 'reached'}`}
                        style={{ width: `${((value ?? 0) / largest) * 85}%` }}
                      />
                      <span className="chart-value">{value === null ? '–' : format(value, unit)}</span>
                    </div>
                  ))
                )}
              </div>
            </div>
          ))}
        </div>
      </div>
    </figure>
  );
}
