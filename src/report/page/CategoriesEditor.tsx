// The discipline categories: the webinar poll's by default, or the grant's own, with a file to save and load them.
import { useState } from 'react';
import { MappingError, parseMapping, serialiseMapping, type CategoryMapping } from '../core/categories';
import type { Role } from '../core/course';
import { downloadText } from './download';
import { TableWrap } from './TableWrap';

interface Props {
  roles: readonly Role[];
  mapping: CategoryMapping;
  onMapping(mapping: CategoryMapping): void;
  onReset(): void;
}

export function CategoriesEditor({ roles, mapping, onMapping, onReset }: Props) {
  const [newCategory, setNewCategory] = useState('');
  const [message, setMessage] = useState('');
  const add = (): void => {
    const label = newCategory.trim();
    if (label === '') return;
    const id = `custom-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    if (mapping.categories.some((category) => category.id === id)) return;
    onMapping({ ...mapping, categories: [...mapping.categories, { id, label }] });
    setNewCategory('');
  };
  return (
    <details className="categories">
      <summary>Match roles to your grant's categories</summary>
      <p>
        Each learner's role (their answer to "Which best describes your role?") counts in the category you pick. Add your grant's own
        categories, then save the matching to a file to load next time.
      </p>
      <TableWrap label="Roles and categories">
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">Role in the course</th>
              <th scope="col">Counts as</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <tr key={role.id}>
                <th scope="row">{role.label}</th>
                <td>
                  <select
                    aria-label={`Category for ${role.label}`}
                    value={mapping.roleToCategory[role.id]}
                    onChange={(event) =>
                      onMapping({ ...mapping, roleToCategory: { ...mapping.roleToCategory, [role.id]: event.currentTarget.value } })
                    }
                  >
                    {mapping.categories.map((category) => (
                      <option key={category.id} value={category.id}>
                        {category.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <div className="inline-form">
        <label>
          New category
          <input type="text" value={newCategory} onChange={(event) => setNewCategory(event.currentTarget.value)} />
        </label>
        <button type="button" className="secondary" onClick={add}>
          Add category
        </button>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          onClick={() => downloadText('category-mapping.json', serialiseMapping(mapping), 'application/json')}
        >
          Save matching to a file
        </button>
        <label className="secondary like-button">
          Load a matching file
          <input
            type="file"
            accept=".json"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (!file) return;
              file.text().then(
                (text) => {
                  try {
                    onMapping(parseMapping(text, roles));
                    setMessage(`Loaded ${file.name}.`);
                  } catch (error) {
                    setMessage(`${file.name} was not loaded: ${error instanceof MappingError ? error.message : 'it cannot be read'}.`);
                  }
                },
                () => setMessage(`${file.name} was not loaded: it cannot be read.`),
              );
            }}
          />
        </label>
        <button type="button" className="secondary" onClick={onReset}>
          Back to the course's categories
        </button>
      </div>
      <p role="status">{message}</p>
    </details>
  );
}
