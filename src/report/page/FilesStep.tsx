// Step 2: the user drops or picks the LMS's downloads; each file says what the report found in it, what it could
// not count and why, and an export of another LMS asks which column holds what.
import { useState, type DragEvent } from 'react';
import { describeFile } from '../core/fileReport';
import type { ReadOutcome } from '../core/read';
import { FIELD_LABELS, MAPPED_FIELDS, REQUIRED_FIELDS, type ColumnMapping, type MappedField } from '../core/tables/generic';
import type { AddedFile } from './useReportFiles';

interface Props {
  files: AddedFile[];
  outcomes: Map<number, ReadOutcome>;
  progress: string | null;
  seconds: number | null;
  onAdd(files: FileList | File[]): void;
  onRemove(id: number): void;
  onMapping(id: number, mapping: ColumnMapping): void;
}

function ColumnForm({ id, header, initial, onMapping }: { id: number; header: string[]; initial: ColumnMapping; onMapping(mapping: ColumnMapping): void }) {
  const [mapping, setMapping] = useState(initial);
  const missing = REQUIRED_FIELDS.filter((field) => !mapping.columns[field]);
  const set = (field: MappedField, column: string): void => setMapping((current) => ({ ...current, columns: { ...current.columns, [field]: column || undefined } }));
  return (
    <form
      className="column-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (missing.length === 0) onMapping(mapping);
      }}
    >
      <fieldset>
        <legend>Which column holds what?</legend>
        <div className="column-grid">
          {MAPPED_FIELDS.map((field) => (
            <label key={field}>
              {FIELD_LABELS[field]}
              {REQUIRED_FIELDS.includes(field) ? ' (needed)' : ' (optional)'}
              <select value={mapping.columns[field] ?? ''} onChange={(event) => set(field, event.currentTarget.value)}>
                <option value="">— none —</option>
                {header.map((column) => (
                  <option key={column} value={column}>
                    {column}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label>
            Dates like 03/04/2025 are
            <select value={mapping.slashOrder} onChange={(event) => setMapping({ ...mapping, slashOrder: event.currentTarget.value as ColumnMapping['slashOrder'] })}>
              <option value="mdy">month first (March 4)</option>
              <option value="dmy">day first (3 April)</option>
            </select>
          </label>
        </div>
      </fieldset>
      <button type="submit" className="primary" aria-describedby={missing.length > 0 ? `missing-${id}` : undefined}>
        Use these columns
      </button>
      {missing.length > 0 && (
        <p id={`missing-${id}`} className="hint">
          Pick the {missing.join(', ')} column first.
        </p>
      )}
    </form>
  );
}

function FileCard({ added, outcome, onRemove, onMapping }: { added: AddedFile; outcome: ReadOutcome | undefined; onRemove(): void; onMapping(mapping: ColumnMapping): void }) {
  const report = outcome?.report;
  const state = !outcome ? 'reading' : report?.refused && !outcome.needsMapping ? 'refused' : outcome.needsMapping ? 'waiting' : report && (report.rowsRefused > 0 || report.warnings.length > 0) ? 'warned' : 'read';
  const [changing, setChanging] = useState(false);
  return (
    <li className={`file-card file-${state}`}>
      <div className="file-head">
        <h3 className="file-name">{added.file.name}</h3>
        <button type="button" className="secondary small" onClick={onRemove} aria-label={`Remove ${added.file.name}`}>
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
      {outcome?.header && outcome.mapping && (outcome.needsMapping || changing) && (
        <ColumnForm id={added.id} header={outcome.header} initial={outcome.mapping} onMapping={(mapping) => { setChanging(false); onMapping(mapping); }} />
      )}
      {outcome?.header && outcome.mapping && !outcome.needsMapping && !changing && (
        <button type="button" className="secondary small" onClick={() => setChanging(true)}>
          Change columns
        </button>
      )}
    </li>
  );
}

export function FilesStep({ files, outcomes, progress, seconds, onAdd, onRemove, onMapping }: Props) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer?.files) onAdd(event.dataTransfer.files);
  };
  return (
    <section className="step" aria-labelledby="step-files">
      <h2 id="step-files">
        <span className="step-number">2</span> Add your LMS downloads
      </h2>
      <p className="screen-only">
        Moodle's SCORM basic, interactions and objectives reports (text, ODS or Excel), its course completion and gradebook
        downloads, xAPI statements from a learning record store (JSON), or another LMS's report as CSV. Add every download of
        the period: a learner in several files counts once.
      </p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="file-pick">
          <span className="primary like-button">Choose files</span>
          <span className="drop-hint"> or drop them here</span>
          <input
            type="file"
            multiple
            accept=".txt,.csv,.tsv,.ods,.xlsx,.json"
            className="visually-hidden"
            onChange={(event) => {
              const input = event.currentTarget;
              if (input.files) onAdd([...input.files]);
              input.value = '';
            }}
          />
        </label>
      </div>
      <p role="status" className="reading-status screen-only">
        {progress ?? (files.length > 0 && seconds !== null ? `Read ${files.length} file${files.length === 1 ? '' : 's'} in ${seconds.toFixed(1)} s.` : '')}
      </p>
      {files.length > 0 && (
        <ul className="file-list" aria-label="Files added">
          {files.map((added) => (
            <FileCard key={added.id} added={added} outcome={outcomes.get(added.id)} onRemove={() => onRemove(added.id)} onMapping={(mapping) => onMapping(added.id, mapping)} />
          ))}
        </ul>
      )}
    </section>
  );
}
