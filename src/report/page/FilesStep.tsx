// Step 2: the user drops or picks the LMS's downloads; each file says what the report found in it, what it could
// not count and why, and asks what it needs to know about its columns (FileCard).
import { useState, type DragEvent } from 'react';
import type { ReadOutcome } from '../core/read';
import type { ColumnMapping } from '../core/tables/generic';
import { FileCard } from './FileCard';
import type { AddedFile } from './useReportFiles';

interface Props {
  files: AddedFile[];
  outcomes: Map<number, ReadOutcome>;
  progress: string | null;
  seconds: number | null;
  onAdd(files: FileList | File[]): void;
  onRemove(id: number): void;
  onMapping(id: number, mapping: ColumnMapping): void;
  /** The profile field column the user said holds the discipline (remembered for every file). */
  onDisciplineColumn(column: string): void;
}

export function FilesStep({ files, outcomes, progress, seconds, onAdd, onRemove, onMapping, onDisciplineColumn }: Props) {
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
        Moodle's SCORM basic, interactions and objectives reports (text, ODS or Excel), its course completion and gradebook downloads, xAPI
        statements from a learning record store (JSON), or another LMS's report as CSV. Add every download of the period: a learner in
        several files counts once.
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
        {progress ??
          (files.length > 0 && seconds !== null
            ? `Read ${files.length} file${files.length === 1 ? '' : 's'} in ${seconds.toFixed(1)} s.`
            : '')}
      </p>
      {files.length > 0 && (
        <ul className="file-list" aria-label="Files added">
          {files.map((added) => (
            <FileCard
              key={added.id}
              added={added}
              outcome={outcomes.get(added.id)}
              onRemove={() => onRemove(added.id)}
              onMapping={(mapping) => onMapping(added.id, mapping)}
              onDisciplineColumn={onDisciplineColumn}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
