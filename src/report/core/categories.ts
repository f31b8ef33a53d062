// The discipline categories figures are grouped by. By default they are the course's roles, which are the OVC
// webinar poll's categories; a grant may count other categories, so the user can map roles onto their own list and
// keep that mapping in a small JSON file the page saves and loads.
import type { Role } from './course';

export interface Category {
  id: string;
  label: string;
}

export interface CategoryMapping {
  categories: Category[];
  /** Role id → category id. Every role is mapped. */
  roleToCategory: Record<string, string>;
}

/** Learners whose files carry the intake answer and who gave none. */
export const NOT_STATED: Category = { id: 'not-stated', label: 'Not stated' };
/** Learners known only from files that cannot carry the answer (Moodle's basic report, its 2004 interactions). */
export const ROLE_UNKNOWN: Category = { id: 'role-unknown', label: 'Role not in the files' };

export const MAPPING_FORMAT = 'dow-report-category-mapping/1';

export function defaultMapping(roles: readonly Role[]): CategoryMapping {
  return {
    categories: roles.map(({ id, label }) => ({ id, label })),
    roleToCategory: Object.fromEntries(roles.map((role) => [role.id, role.id])),
  };
}

/** The categories the report lists, in order: the mapping's, then the two groups no mapping can change. */
export function reportCategories(mapping: CategoryMapping): Category[] {
  return [...mapping.categories, NOT_STATED, ROLE_UNKNOWN];
}

export function serialiseMapping(mapping: CategoryMapping): string {
  return `${JSON.stringify({ format: MAPPING_FORMAT, ...mapping }, null, 2)}\n`;
}

export class MappingError extends Error {}

/** Reads a saved mapping, refusing anything that would silently leave a role out or point nowhere. */
export function parseMapping(text: string, roles: readonly Role[]): CategoryMapping {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new MappingError('the file is not JSON');
  }
  const record = data as { format?: unknown; categories?: unknown; roleToCategory?: unknown };
  if (record?.format !== MAPPING_FORMAT) throw new MappingError(`the file is not a category mapping (format "${MAPPING_FORMAT}")`);
  if (!Array.isArray(record.categories) || record.categories.length === 0) throw new MappingError('it lists no categories');
  const categories: Category[] = [];
  for (const [index, category] of record.categories.entries()) {
    const { id, label } = (category ?? {}) as { id?: unknown; label?: unknown };
    if (typeof id !== 'string' || id === '' || typeof label !== 'string' || label === '') {
      throw new MappingError(`category ${index + 1} needs an id and a label`);
    }
    if ([NOT_STATED.id, ROLE_UNKNOWN.id].includes(id) || categories.some((known) => known.id === id)) {
      throw new MappingError(`category id "${id}" is used twice or is reserved`);
    }
    categories.push({ id, label });
  }
  const given = (record.roleToCategory ?? {}) as Record<string, unknown>;
  const roleToCategory: Record<string, string> = {};
  for (const role of roles) {
    const target = given[role.id];
    if (typeof target !== 'string' || !categories.some((category) => category.id === target)) {
      throw new MappingError(`the role "${role.label}" (${role.id}) is not mapped to one of the categories`);
    }
    roleToCategory[role.id] = target;
  }
  return { categories, roleToCategory };
}
