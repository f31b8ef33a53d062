// A Moodle gradebook or course completion export prints the site's custom profile fields under the site's own names
// ("Profile field: Agency type"): the user says which one holds the discipline, as the CLI's --discipline-column.
import { useState } from 'react';
import { FIELD_LABELS } from '../core/tables/generic';
import type { DisciplineChoice } from '../core/tables/profileDiscipline';
import { ColumnChoiceForm, ColumnSelect } from './ColumnChoice';

interface Props {
  id: number;
  fileName: string;
  choice: DisciplineChoice;
  onChoose(column: string): void;
}

export function DisciplineForm({ id, fileName, choice, onChoose }: Props) {
  const [column, setColumn] = useState(choice.chosen ?? '');
  return (
    <ColumnChoiceForm
      fileName={fileName}
      hintId={`discipline-missing-${id}`}
      legend="Which profile field holds the discipline?"
      submitLabel="Use this column"
      missing={column === '' ? ['discipline'] : []}
      onSubmit={() => onChoose(column)}
    >
      <ColumnSelect label={`${FIELD_LABELS.role} (needed)`} columns={choice.columns} value={column} onChange={setColumn} />
      <p className="hint">This browser remembers the field for the next files from your site.</p>
    </ColumnChoiceForm>
  );
}
