// Step 3: the reporting period (federal fiscal quarter, JustGrants half, or dates), the award start for cumulative
// figures, and whether to hide small groups.
import { parseIsoDay, type Day } from '../core/days';
import { customPeriod, halfOf, quarterOf, quartersBetween, type Period, type PeriodKind } from '../core/periods';

export interface PeriodChoice {
  kind: PeriodKind;
  code: string;
  from: string;
  to: string;
}

interface Props {
  choice: PeriodChoice;
  /** The first and last day in the files, to offer the periods they cover. */
  dataFrom: Day | null;
  dataTo: Day | null;
  today: Day;
  awardStart: string;
  hideSmallGroups: boolean;
  onChoice(choice: PeriodChoice): void;
  onAwardStart(date: string): void;
  onHideSmallGroups(hide: boolean): void;
}

/** Days enough to reach into the next quarter. */
const NEXT_QUARTER = 92;

/**
 * The quarters and halves offered, latest first: those of the files' dates and of the two years up to today, and the
 * one after, so a period without activity (figures only cumulative) can be reported too.
 */
export function periodOptions(kind: 'quarter' | 'half', dataFrom: Day | null, dataTo: Day | null, today: Day): Period[] {
  const from = Math.min(dataFrom ?? today, today - 730);
  const to = Math.max(dataTo ?? today, today) + NEXT_QUARTER;
  const quarters = quartersBetween(from, to);
  if (kind === 'quarter') return quarters.reverse();
  const halves = new Map(quarters.map((quarter) => [halfOf(quarter.from).code, halfOf(quarter.from)]));
  return [...halves.values()].reverse();
}

export function resolvePeriod(choice: PeriodChoice, options: { quarters: Period[]; halves: Period[] }): Period | null {
  if (choice.kind === 'custom') {
    const from = parseIsoDay(choice.from);
    const to = parseIsoDay(choice.to);
    return from !== null && to !== null && from <= to ? customPeriod(from, to) : null;
  }
  const list = choice.kind === 'quarter' ? options.quarters : options.halves;
  return list.find((period) => period.code === choice.code) ?? list[0] ?? null;
}

export function defaultChoice(dataTo: Day | null, today: Day): PeriodChoice {
  return { kind: 'quarter', code: quarterOf(dataTo ?? today).code, from: '', to: '' };
}

export function PeriodStep({
  choice,
  dataFrom,
  dataTo,
  today,
  awardStart,
  hideSmallGroups,
  onChoice,
  onAwardStart,
  onHideSmallGroups,
}: Props) {
  const quarters = periodOptions('quarter', dataFrom, dataTo, today);
  const halves = periodOptions('half', dataFrom, dataTo, today);
  const setKind = (kind: PeriodKind): void => {
    const code = kind === 'quarter' ? quarterOf(dataTo ?? today).code : kind === 'half' ? halfOf(dataTo ?? today).code : choice.code;
    onChoice({ ...choice, kind, code });
  };
  return (
    <section className="step screen-only" aria-labelledby="step-period">
      <h2 id="step-period">
        <span className="step-number">3</span> Pick the reporting period
      </h2>
      <div className="period-grid">
        <fieldset className="period-kind">
          <legend>Report by</legend>
          {(
            [
              ['quarter', 'Federal fiscal quarter (Oct–Dec is Q1)'],
              ['half', 'JustGrants half year (Jan–Jun, Jul–Dec)'],
              ['custom', 'Dates I choose'],
            ] as const
          ).map(([kind, label]) => (
            <label key={kind} className="radio">
              <input type="radio" name="period-kind" value={kind} checked={choice.kind === kind} onChange={() => setKind(kind)} /> {label}
            </label>
          ))}
        </fieldset>
        <div className="period-pick">
          {choice.kind === 'quarter' && (
            <label>
              Quarter
              <select value={choice.code} onChange={(event) => onChoice({ ...choice, code: event.currentTarget.value })}>
                {quarters.map((quarter) => (
                  <option key={quarter.code} value={quarter.code}>
                    {quarter.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {choice.kind === 'half' && (
            <label>
              Half year
              <select value={choice.code} onChange={(event) => onChoice({ ...choice, code: event.currentTarget.value })}>
                {halves.map((half) => (
                  <option key={half.code} value={half.code}>
                    {half.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {choice.kind === 'custom' && (
            <div className="date-pair">
              <label>
                From
                <input type="date" value={choice.from} onChange={(event) => onChoice({ ...choice, from: event.currentTarget.value })} />
              </label>
              <label>
                To
                <input type="date" value={choice.to} onChange={(event) => onChoice({ ...choice, to: event.currentTarget.value })} />
              </label>
            </div>
          )}
          <label>
            Award start (for cumulative figures)
            <input
              type="date"
              value={awardStart}
              onChange={(event) => onAwardStart(event.currentTarget.value)}
              aria-describedby="award-hint"
            />
          </label>
          <p id="award-hint" className="hint">
            Left empty, cumulative figures start at the first record in the files.
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={hideSmallGroups} onChange={(event) => onHideSmallGroups(event.currentTarget.checked)} /> Hide
            groups of fewer than 5 learners (privacy)
          </label>
        </div>
      </div>
    </section>
  );
}
