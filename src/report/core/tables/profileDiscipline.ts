// A discipline kept in a Moodle custom profile field, as the gradebook and completion exports can print it. Which
// column holds it is the user's to say (the field's name is the site's); without a choice, a column whose name says
// discipline, role, profession or occupation is taken. Values name a role by label, id or code.
import { roleForProfileValue, type Role } from '../course';

const LIKELY_NAME = /discipline|role|profession|occupation|sector/i;

export function findDisciplineColumn(header: readonly string[], candidates: readonly number[], chosen: string | undefined): number | null {
  if (chosen !== undefined && chosen !== '') {
    const index = header.indexOf(chosen);
    return index >= 0 ? index : null;
  }
  return candidates.find((index) => LIKELY_NAME.test(header[index] ?? '')) ?? null;
}

/** Reads values to roles, remembering the values that name none so the user is told. */
export class DisciplineValues {
  readonly unmatched = new Map<string, number>();

  constructor(private readonly roles: readonly Role[]) {}

  roleId(value: string): string | undefined {
    if (value.trim() === '') return undefined;
    const role = roleForProfileValue(this.roles, value);
    if (!role) this.unmatched.set(value.trim(), (this.unmatched.get(value.trim()) ?? 0) + 1);
    return role?.id;
  }

  warning(column: string): string | null {
    if (this.unmatched.size === 0) return null;
    const values = [...this.unmatched].slice(0, 10).map(([value, count]) => `"${value}" (${count})`).join(', ');
    return `the "${column}" values ${values} name no role of the course: those learners count by their intake answer, or as not stated`;
  }
}
