// The report page: five steps from the grant's name to a CSV and a printed report. Everything happens in this
// page; nothing is sent anywhere (the page's Content-Security-Policy forbids it).
import { useEffect, useMemo, useState } from 'react';
import { defaultMapping, parseMapping, serialiseMapping, type CategoryMapping } from '../core/categories';
import type { CourseFacts } from '../core/course';
import { figuresToCsv } from '../core/csv';
import { dayOf, parseIsoDay } from '../core/days';
import { computeFigures, summariseStore } from '../core/figures';
import { CategoriesEditor } from './CategoriesEditor';
import { downloadText } from './download';
import { FiguresStep } from './FiguresStep';
import { FilesStep } from './FilesStep';
import { defaultChoice, periodOptions, PeriodStep, resolvePeriod, type PeriodChoice } from './PeriodStep';
import { deviceStorage, loadSettings, rememberColumn, saveSettings } from './saved';
import { useReportFiles } from './useReportFiles';

function todayDay(): number {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? 0;
}

function initialMapping(course: CourseFacts, json: string): CategoryMapping {
  if (json === '') return defaultMapping(course.roles);
  try {
    return parseMapping(json, course.roles);
  } catch {
    return defaultMapping(course.roles);
  }
}

export function ReportApp({ course }: { course: CourseFacts }) {
  const storage = useMemo(() => deviceStorage(), []);
  const saved = useMemo(() => loadSettings(storage), [storage]);
  const [program, setProgram] = useState(saved.program);
  const [grantNumber, setGrantNumber] = useState(saved.grantNumber);
  const [awardStart, setAwardStart] = useState(saved.awardStart);
  const [mapping, setMapping] = useState(() => initialMapping(course, saved.mappingJson));
  const [disciplineColumns, setDisciplineColumns] = useState(saved.disciplineColumns);
  const [hideSmallGroups, setHideSmallGroups] = useState(false);
  const reading = useReportFiles(course, disciplineColumns);
  const today = useMemo(() => todayDay(), []);

  useEffect(() => {
    saveSettings(storage, { program, grantNumber, awardStart, mappingJson: serialiseMapping(mapping), disciplineColumns });
  }, [storage, program, grantNumber, awardStart, mapping, disciplineColumns]);

  const summaries = useMemo(() => summariseStore(reading.store, mapping), [reading.store, mapping]);
  const [choice, setChoice] = useState<PeriodChoice | null>(null);
  const effectiveChoice = choice ?? defaultChoice(summaries.lastDay, today);
  const period = resolvePeriod(effectiveChoice, {
    quarters: periodOptions('quarter', summaries.firstDay, summaries.lastDay, today),
    halves: periodOptions('half', summaries.firstDay, summaries.lastDay, today),
  });
  const figures = useMemo(
    () =>
      period === null ? null : computeFigures(summaries, { period, awardStart: parseIsoDay(awardStart), mapping, hideSmallGroups }, course),
    // A period is a new object on every render; its code says whether it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [summaries, period?.code, awardStart, mapping, hideSmallGroups, course],
  );
  const hasData = summaries.learners.length > 0;
  const heading = { program: program.trim(), grantNumber: grantNumber.trim() };

  return (
    <>
      <header className="report-header">
        <p className="report-kicker">{course.title}: grant and coordinator report</p>
        <h1>{heading.program || 'Training report'}</h1>
        <p className="print-only">
          {heading.grantNumber && <>Grant {heading.grantNumber}. </>}
          {figures && <>Period: {figures.period.label}.</>}
        </p>
        <p className="privacy screen-only">
          <strong>Nothing leaves this computer.</strong> The files you add are read here, in this page, and are never sent anywhere. The
          program name, grant number, award start, categories and the profile field you pick for the discipline are kept in this browser for
          next time.
        </p>
      </header>
      <main id="main">
        <section className="step screen-only" aria-labelledby="step-program">
          <h2 id="step-program">
            <span className="step-number">1</span> Your program
          </h2>
          <div className="field-row">
            <label>
              Program name
              <input type="text" value={program} onChange={(event) => setProgram(event.currentTarget.value)} autoComplete="organization" />
            </label>
            <label>
              Grant number
              <input type="text" value={grantNumber} onChange={(event) => setGrantNumber(event.currentTarget.value)} />
            </label>
          </div>
        </section>

        <FilesStep
          files={reading.files}
          outcomes={reading.outcomes}
          progress={reading.progress}
          seconds={reading.seconds}
          onAdd={reading.add}
          onRemove={reading.remove}
          onMapping={reading.setMapping}
          onDisciplineColumn={(column) => setDisciplineColumns((current) => rememberColumn(current, column))}
        />

        <PeriodStep
          choice={effectiveChoice}
          dataFrom={summaries.firstDay}
          dataTo={summaries.lastDay}
          today={today}
          awardStart={awardStart}
          hideSmallGroups={hideSmallGroups}
          onChoice={setChoice}
          onAwardStart={setAwardStart}
          onHideSmallGroups={setHideSmallGroups}
        />

        {figures && hasData ? (
          <>
            <FiguresStep figures={figures} />
            <div className="screen-only">
              <CategoriesEditor
                roles={course.roles}
                mapping={mapping}
                onMapping={setMapping}
                onReset={() => setMapping(defaultMapping(course.roles))}
              />
            </div>
            <section className="step screen-only" aria-labelledby="step-output">
              <h2 id="step-output">
                <span className="step-number">5</span> Download or print
              </h2>
              <p>The CSV is one tidy table: one row per figure, with the program, grant number and period on each row.</p>
              <div className="button-row">
                <button
                  type="button"
                  className="primary"
                  onClick={() =>
                    downloadText(`training-report-${figures.period.code}.csv`, figuresToCsv(figures, heading), 'text/csv;charset=utf-8')
                  }
                >
                  Download CSV
                </button>
                <button type="button" className="secondary" onClick={() => window.print()}>
                  Print or save as PDF
                </button>
              </div>
            </section>
          </>
        ) : (
          <section className="step screen-only" aria-labelledby="step-figures-empty">
            <h2 id="step-figures-empty">
              <span className="step-number">4</span> Figures
            </h2>
            <p>{period === null ? 'Choose a first and a last date.' : 'The figures appear here once a file with learners is added.'}</p>
          </section>
        )}
      </main>
    </>
  );
}
