// Step 4: the figures, with a chart beside each table a grant manager would rather look at than read.
import { useState } from 'react';
import { isHidden, type Counts, type ReportFigures } from '../core/figures';
import {
  completionRate,
  cumulativeStartText,
  groupCount,
  HIDDEN_TEXT,
  oneDecimal,
  passRate,
  percent,
  SCOPE_LABELS,
  SCOPES,
  type Scope,
} from '../core/present';
import { BarChart } from './BarChart';
import { TableWrap } from './TableWrap';

const COUNT_SERIES = [
  { name: 'Reached', tone: 'reached' },
  { name: 'Completed', tone: 'completed' },
  { name: 'Passed', tone: 'passed' },
] as const;

function CountCells({ figures, counts, hideSmall }: { figures: ReportFigures; counts: Counts; hideSmall: boolean }) {
  if (hideSmall && isHidden(figures, counts.reached)) {
    return (
      <>
        <td>{HIDDEN_TEXT}</td>
        <td colSpan={5} />
      </>
    );
  }
  return (
    <>
      <td>{counts.reached}</td>
      <td>{counts.completed}</td>
      <td>{counts.passed}</td>
      <td>{percent(completionRate(counts))}</td>
      <td>{percent(passRate(counts))}</td>
      <td>{oneDecimal(counts.averageScore)}</td>
    </>
  );
}

const COUNT_HEADERS = ['Reached', 'Completed', 'Passed', 'Completion rate', 'Pass rate', 'Average score'];

function CountHeaders({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {COUNT_HEADERS.map((header) => (
          <th scope="col" key={header}>
            {header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function KeyFigure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="key-figure">
      <p className="key-label">{label}</p>
      <p className="key-value">{value}</p>
      <p className="key-detail">{detail}</p>
    </div>
  );
}

export function FiguresStep({ figures }: { figures: ReportFigures }) {
  const [scope, setScope] = useState<Scope>('inPeriod');
  const { totals, knowledge, evaluation, hours } = figures;
  const inPeriod = totals.inPeriod;
  const shownCategories = figures.byCategory.filter((group) => SCOPES.some((each) => group.counts[each].reached > 0));
  return (
    <section className="step figures" aria-labelledby="step-figures">
      <h2 id="step-figures">
        <span className="step-number">4</span> Figures for {figures.period.label}
      </h2>
      <div className="key-figures">
        <KeyFigure
          label="Trainees reached"
          value={String(inPeriod.reached)}
          detail={`${totals.newInPeriod.reached} new; ${totals.cumulative.reached} since award start`}
        />
        <KeyFigure label="Completed" value={String(inPeriod.completed)} detail={`${percent(completionRate(inPeriod))} of those reached`} />
        <KeyFigure label="Passed" value={String(inPeriod.passed)} detail={`${percent(passRate(inPeriod))} of those reached`} />
        <KeyFigure
          label="Training hours"
          value={oneDecimal(hours.inPeriod.trainingHours)}
          detail={`${hours.inPeriod.completers} completers × ${oneDecimal(figures.courseHours)} h`}
        />
      </div>

      {figures.warnings.length > 0 && (
        <div className="warnings" role="note" aria-label="Read before filing">
          <h3>Read before filing</h3>
          <ul>
            {figures.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}

      <h3>Trainees, counted three ways</h3>
      <TableWrap label="Trainees counted three ways">
        <table className="figures-table" id="totals-table">
          <caption className="visually-hidden">
            Trainees in {figures.period.label}, new in it, and cumulative since {cumulativeStartText(figures.cumulativeFrom)}
          </caption>
          <CountHeaders first="Count" />
          <tbody>
            {SCOPES.map((each) => (
              <tr key={each}>
                <th scope="row">
                  {each === 'cumulative' ? `Cumulative since ${cumulativeStartText(figures.cumulativeFrom)}` : SCOPE_LABELS[each]}
                </th>
                <CountCells figures={figures} counts={totals[each]} hideSmall={false} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="hint">
        In the period: each trainee active in it, once. New: trainees whose first activity (first completion, first pass) is in it, so the
        periods of an award add up. Rates are of trainees reached.
      </p>

      <BarChart
        title="Trainees by federal fiscal quarter"
        summary={`Bar chart of trainees reached, completed and passed per fiscal quarter: ${figures.byQuarter.map((quarter) => `${quarter.period.label}: ${quarter.inPeriod.reached} reached, ${quarter.inPeriod.completed} completed, ${quarter.inPeriod.passed} passed`).join('; ')}.`}
        series={[...COUNT_SERIES]}
        rows={figures.byQuarter.map((quarter) => ({
          label: quarter.period.code.replace('-', ' '),
          values: [quarter.inPeriod.reached, quarter.inPeriod.completed, quarter.inPeriod.passed],
        }))}
      />
      <TableWrap label="Trainees by fiscal quarter">
        <table className="figures-table" id="quarter-table">
          <caption>Trainees by federal fiscal quarter</caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">New</th>
              {COUNT_HEADERS.map((header) => (
                <th scope="col" key={header}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.byQuarter.map((quarter) => (
              <tr key={quarter.period.code}>
                <th scope="row">{quarter.period.label}</th>
                <td>{quarter.newReached}</td>
                <CountCells figures={figures} counts={quarter.inPeriod} hideSmall={false} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <h3>By discipline</h3>
      <fieldset className="scope-pick">
        <legend>Show</legend>
        {SCOPES.map((each) => (
          <label key={each} className="radio">
            <input type="radio" name="discipline-scope" value={each} checked={scope === each} onChange={() => setScope(each)} />{' '}
            {SCOPE_LABELS[each]}
          </label>
        ))}
      </fieldset>
      <BarChart
        title={`Trainees by discipline: ${SCOPE_LABELS[scope].toLowerCase()}`}
        summary={`Bar chart of trainees reached and completed by discipline, ${SCOPE_LABELS[scope].toLowerCase()}: ${shownCategories.map((group) => `${group.label}: ${isHidden(figures, group.counts[scope].reached) ? HIDDEN_TEXT : `${group.counts[scope].reached} reached, ${group.counts[scope].completed} completed`}`).join('; ') || 'no trainees'}.`}
        series={[COUNT_SERIES[0], COUNT_SERIES[1]]}
        rows={shownCategories.map((group) => {
          const counts = group.counts[scope];
          return isHidden(figures, counts.reached)
            ? { label: group.label, values: [null, null], note: HIDDEN_TEXT }
            : { label: group.label, values: [counts.reached, counts.completed] };
        })}
      />
      <TableWrap label="Trainees by discipline">
        <table className="figures-table" id="discipline-table">
          <caption>Trainees by discipline: {SCOPE_LABELS[scope].toLowerCase()}</caption>
          <CountHeaders first="Discipline" />
          <tbody>
            {figures.byCategory.map((group) => (
              <tr key={group.id}>
                <th scope="row">{group.label}</th>
                <CountCells figures={figures} counts={group.counts[scope]} hideSmall />
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <h3>Training hours</h3>
      <TableWrap label="Training hours">
        <table className="figures-table" id="hours-table">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">Completers</th>
              <th scope="col">Training hours (completers × {oneDecimal(figures.courseHours)} h)</th>
              <th scope="col">Learners with time measured by the LMS</th>
              <th scope="col">Measured hours</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['In the period', hours.inPeriod],
                ['Cumulative', hours.cumulative],
              ] as const
            ).map(([label, each]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{each.completers}</td>
                <td>{oneDecimal(each.trainingHours)}</td>
                <td>{each.measuredLearners}</td>
                <td>{each.measuredLearners > 0 ? oneDecimal(each.measuredHours) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <h3>Knowledge gain</h3>
      {knowledge.preTakers === 0 ? (
        <p>No pre-test answers in these files for this period.</p>
      ) : (
        <>
          <p id="knowledge-summary">
            {knowledge.matched} of {knowledge.preTakers} pre-test takers have a final score: mean pre-test {percent(knowledge.meanPre)},
            mean final {percent(knowledge.meanFinal)}, mean gain {oneDecimal(knowledge.meanGain)} points; {percent(knowledge.improvedShare)}{' '}
            improved.
          </p>
          <BarChart
            title="Pre-test and final by objective (% correct)"
            summary={`Bar chart of mean pre-test and final percent correct per objective: ${knowledge.byObjective.map((objective) => `${objective.label}: ${isHidden(figures, objective.matched) ? HIDDEN_TEXT : `${percent(objective.meanPre)} before, ${percent(objective.meanFinal)} after`}`).join('; ')}.`}
            series={[
              { name: 'Pre-test', tone: 'before' },
              { name: 'Final', tone: 'after' },
            ]}
            rows={knowledge.byObjective.map((objective) =>
              isHidden(figures, objective.matched)
                ? { label: objective.label, values: [null, null], note: HIDDEN_TEXT }
                : { label: objective.label, values: [objective.meanPre, objective.meanFinal] },
            )}
            max={100}
            unit="%"
          />
          <TableWrap label="Knowledge gain by objective">
            <table className="figures-table" id="knowledge-table">
              <caption>Pre-test and final by objective</caption>
              <thead>
                <tr>
                  <th scope="col">Objective</th>
                  <th scope="col">Matched learners</th>
                  <th scope="col">Mean pre-test</th>
                  <th scope="col">Mean final</th>
                </tr>
              </thead>
              <tbody>
                {knowledge.byObjective.map((objective) => (
                  <tr key={objective.id}>
                    <th scope="row">{objective.label}</th>
                    <td>{groupCount(figures, objective.matched)}</td>
                    <td>{isHidden(figures, objective.matched) ? '' : percent(objective.meanPre)}</td>
                    <td>{isHidden(figures, objective.matched) ? '' : percent(objective.meanFinal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}

      <h3>Evaluation</h3>
      {evaluation.respondents === 0 ? (
        <p>No evaluation answers in these files for this period.</p>
      ) : (
        <>
          <p id="evaluation-summary">
            {evaluation.respondents} respondent{evaluation.respondents === 1 ? '' : 's'}.{' '}
            {evaluation.confidence && evaluation.confidence.answered > 0 && (
              <strong>
                Confidence (high or very high):{' '}
                {isHidden(figures, evaluation.confidence.answered)
                  ? HIDDEN_TEXT
                  : `${percent(evaluation.confidence.agreeShare)} of ${evaluation.confidence.answered}`}
              </strong>
            )}
          </p>
          <BarChart
            title="Agree or strongly agree (%)"
            summary={`Bar chart of the share agreeing per statement: ${[...evaluation.items, ...(evaluation.confidence ? [evaluation.confidence] : [])].map((item) => `${item.label}: ${isHidden(figures, item.answered) ? HIDDEN_TEXT : percent(item.agreeShare)}`).join('; ')}.`}
            series={[{ name: 'Agree or strongly agree', tone: 'agree' }]}
            rows={[...evaluation.items, ...(evaluation.confidence ? [evaluation.confidence] : [])].map((item) =>
              isHidden(figures, item.answered) || item.agreeShare === null
                ? { label: item.label, values: [null], note: item.answered === 0 ? 'no answers' : HIDDEN_TEXT }
                : { label: item.label, values: [item.agreeShare] },
            )}
            max={100}
            unit="%"
          />
          <TableWrap label="Evaluation">
            <table className="figures-table" id="evaluation-table">
              <caption>Evaluation: share answering 4 or 5 of 5</caption>
              <thead>
                <tr>
                  <th scope="col">Statement</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Agree or strongly agree</th>
                </tr>
              </thead>
              <tbody>
                {[...evaluation.items, ...(evaluation.confidence ? [evaluation.confidence] : [])].map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.label}</th>
                    <td>{groupCount(figures, item.answered)}</td>
                    <td>{isHidden(figures, item.answered) ? '' : percent(item.agreeShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
