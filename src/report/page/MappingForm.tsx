// Another LMS's export: which column holds the learner, the date, the status (needed) and the score, role and time
// spent (optional), and how its slashed dates read.
import { useState } from 'react';
import { FIELD_LABELS, MAPPED_FIELDS, REQUIRED_FIELDS, type ColumnMapping, type MappedField } from '../core/tables/generic';
import { ColumnChoiceForm, ColumnSelect } from './ColumnChoice';

interface Props {
  id: number;
  fileName: string;
  header: string[];
  initial: ColumnMapping;
  onMapping(mapping: ColumnMapping): void;
}

export function MappingForm({ id, fileName, header, initial, onMapping }: Props) {
  const [mapping, setMapping] = useState(initial);
  const set = (field: MappedField, column: string): void =>
    setMapping((current) => ({ ...current, columns: { ...current.columns, [field]: column || undefined } }));
  return (
    <ColumnChoiceForm
      fileName={fileName}
      hintId={`columns-missing-${id}`}
      legend="Which column holds what?"
      submitLabel="Use these columns"
      missing={REQUIRED_FIELDS.filter((field) => !mapping.columns[field])}
      onSubmit={() => onMapping(mapping)}
    >
      {MAPPED_FIELDS.map((field) => (
        <ColumnSelect
          key={field}
          label={`${FIELD_LABELS[field]}${REQUIRED_FIELDS.includes(field) ? ' (needed)' : ' (optional)'}`}
          columns={header}
          value={mapping.columns[field] ?? ''}
          onChange={(column) => set(field, column)}
        />
      ))}
      <label>
        Dates like 03/04/2025 are
        <select
          value={mapping.slashOrder}
          onChange={(event) => setMapping({ ...mapping, slashOrder: event.currentTarget.value as ColumnMapping['slashOrder'] })}
        >
          <option value="mdy">month first (March 4)</option>
          <option value="dmy">day first (3 April)</option>
        </select>
      </label>
    </ColumnChoiceForm>
  );
}
