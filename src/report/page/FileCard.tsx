// One added file: what the report found in it, what it could not count and why, and the questions about its columns
// (another LMS's export: which column holds what; a Moodle export with profile fields: which holds the discipline).
import { useState } from 'react';
import { describeFile } from '../core/fileReport';
import type { ReadOutcome } from '../core/read';
import type { ColumnMapping } from '../core/tables/generic';
import { DisciplineForm } from './DisciplineForm';
import { MappingForm } from './MappingForm';
import type { AddedFile } from './useReportFiles';

interface Props {
  added: AddedFile;
  outcome: ReadOutcome | undefined;
  onRemove(): void;
  onMapping(mapping: ColumnMapping): void;
  onDisciplineColumn(column: string): void;
}

function stateOf(outcome: ReadOutcome | undefined): string {
  if (!outcome) return 'reading';
  const { report } = outcome;
  if (outcome.needsMapping) return 'waiting';
  if (report.refused) return 'refused';
  return report.rowsRefused > 0 || report.warnings.length > 0 ? 'warned' : 'read';
}

export function FileCard({ added, outcome, onRemove, onMapping, onDisciplineColumn }: Props) {
  const report = outcome?.report;
  const name = added.file.name;
  const [changingColumns, setChangingColumns] = useState(false);
  const [changingDiscipline, setChangingDiscipline] = useState(false);
  const discipline = outcome?.discipline && outcome.discipline.columns.length > 0 ? outcome.discipline : null;
  return (
    <li className={`file-card file-${stateOf(outcome)}`}>
      <div className="file-head">
        <h3 className="file-name">{name}</h3>
        <button type="button" className="secondary small" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </button>
      </div>
      {!outcome && <p>Reading…</p>}
      {outcome && !outcome.needsMapping && <p className="file-summary">{describeFile(outcome.report)}</p>}
      {outcome?.needsMapping && <p className="file-summary">Not a Moodle report this page knows: say which column holds what.</p>}
      {report && report.warnings.length > 0 && (
        <ul className="file-warnings">
          {report.warnings.map((warning) => (
            <li key={warning}>
              <strong>Note:</strong> {warning}
            </li>
          ))}
        </ul>
      )}
      {report && report.problems.length > 0 && (
        <details className="file-problems" open>
          <summary>
            {report.rowsRefused} row{report.rowsRefused === 1 ? '' : 's'} not counted, and why
          </summary>
          <ul>
            {report.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </details>
      )}
      {outcome?.header && outcome.mapping && (outcome.needsMapping || changingColumns) && (
        <MappingForm
          id={added.id}
          fileName={name}
          header={outcome.header}
          initial={outcome.mapping}
          onMapping={(mapping) => {
            setChangingColumns(false);
            onMapping(mapping);
          }}
        />
      )}
      {outcome?.header && outcome.mapping && !outcome.needsMapping && !changingColumns && (
        <button type="button" className="secondary small" onClick={() => setChangingColumns(true)}>
          Change columns<span className="visually-hidden"> of {name}</span>
        </button>
      )}
      {discipline && (discipline.chosen === null || changingDiscipline) && (
        <DisciplineForm
          id={added.id}
          fileName={name}
          choice={discipline}
          onChoose={(column) => {
            setChangingDiscipline(false);
            onDisciplineColumn(column);
          }}
        />
      )}
      {discipline && discipline.chosen !== null && !changingDiscipline && (
        <button type="button" className="secondary small" onClick={() => setChangingDiscipline(true)}>
          Change the discipline column<span className="visually-hidden"> of {name}</span>
        </button>
      )}
    </li>
  );
}
