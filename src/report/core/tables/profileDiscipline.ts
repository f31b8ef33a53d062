// A discipline kept in a Moodle custom profile field, as the gradebook and completion exports can print it. Which
// column holds it is the user's to say (the field's name is the site's): the first column they named that the file
// has is read; else a column whose name says discipline, role, profession, occupation or sector. Values name a role
// by label, id or code.
import { roleForProfileValue, type Role } from '../course';

const LIKELY_NAME = /discipline|role|profession|occupation|sector/i;

/** What the user may choose for a file with profile fields, and what was read. */
export interface DisciplineChoice {
  /** The file's profile field columns: the discipline may be in any of them. */
  columns: string[];
  /** The column read as the discipline; null when none was named or recognised. */
  chosen: string | null;
}

/** `named`: the columns the user said hold the discipline, most recent first (a site's field keeps its name). */
export function findDisciplineColumn(header: readonly string[], candidates: readonly number[], named: readonly string[]): number | null {
  const namedIndex = named.map((name) => header.indexOf(name)).find((index) => index >= 0);
  return namedIndex ?? candidates.find((index) => LIKELY_NAME.test(header[index] ?? '')) ?? null;
}

export function disciplineChoice(header: readonly string[], candidates: readonly number[], discipline: number | null): DisciplineChoice {
  return { columns: candidates.map((index) => header[index] ?? ''), chosen: discipline === null ? null : (header[discipline] ?? null) };
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
    const values = [...this.unmatched]
      .slice(0, 10)
      .map(([value, count]) => `"${value}" (${count})`)
      .join(', ');
    return `the "${column}" values ${values} name no role of the course: those learners count by their intake answer, or as not stated`;
  }
}
