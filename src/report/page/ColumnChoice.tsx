// The parts of every "which column holds what?" question the page asks about a file: a select over the file's
// columns, and the form around one or more of them, sent only once every needed column is picked. Another LMS's
// export (MappingForm) and the discipline's profile field of a Moodle export (DisciplineForm) are both asked with them.
import type { ReactNode } from 'react';

interface SelectProps {
  label: string;
  columns: readonly string[];
  /** The chosen column, or '' for none. */
  value: string;
  onChange(column: string): void;
}

export function ColumnSelect({ label, columns, value, onChange }: SelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">— none —</option>
        {columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </label>
  );
}

interface FormProps {
  /** The file asked about: it names the submit button apart from other files' (several may be waiting at once). */
  fileName: string;
  /** Unique on the page, for the hint that says what is still missing. */
  hintId: string;
  legend: string;
  submitLabel: string;
  /** The needed fields still without a column, in words. */
  missing: readonly string[];
  onSubmit(): void;
  children: ReactNode;
}

export function ColumnChoiceForm({ fileName, hintId, legend, submitLabel, missing, onSubmit, children }: FormProps) {
  return (
    <form
      className="column-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (missing.length === 0) onSubmit();
      }}
    >
      <fieldset>
        <legend>{legend}</legend>
        <div className="column-grid">{children}</div>
      </fieldset>
      <button type="submit" className="primary" aria-describedby={missing.length > 0 ? hintId : undefined}>
        {submitLabel}
        <span className="visually-hidden"> for {fileName}</span>
      </button>
      {missing.length > 0 && (
        <p id={hintId} className="hint">
          Pick the {missing.join(', ')} column first.
        </p>
      )}
    </form>
  );
}
