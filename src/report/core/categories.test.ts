import { describe, expect, it } from 'vitest';
import { defaultMapping, parseMapping, serialiseMapping } from './categories';

const roles = [
  { id: 'law-enforcement', code: 'f', label: 'Criminal Justice: Law Enforcement' },
  { id: 'prosecutor', code: 'g', label: 'Criminal Justice: Prosecutor' },
  { id: 'prefer-not-to-say', code: 'm', label: 'Prefer not to say' },
];

describe('the category mapping file', () => {
  it("saves and loads a grant's own categories", () => {
    const mapping = {
      categories: [
        { id: 'cj', label: 'Criminal justice' },
        { id: 'pnts', label: 'Prefer not to say' },
      ],
      roleToCategory: { 'law-enforcement': 'cj', prosecutor: 'cj', 'prefer-not-to-say': 'pnts' },
    };
    expect(parseMapping(serialiseMapping(mapping), roles)).toEqual(mapping);
    expect(parseMapping(serialiseMapping(defaultMapping(roles)), roles)).toEqual(defaultMapping(roles));
  });

  it('refuses a file that leaves a role out, points nowhere, or reuses a reserved group', () => {
    const base = { format: 'dow-report-category-mapping/1', categories: [{ id: 'cj', label: 'Criminal justice' }] };
    expect(() => parseMapping('{', roles)).toThrow('the file is not JSON');
    expect(() => parseMapping(JSON.stringify({ ...base, roleToCategory: { 'law-enforcement': 'cj', prosecutor: 'cj' } }), roles)).toThrow(
      'the role "Prefer not to say" (prefer-not-to-say) is not mapped to one of the categories',
    );
    expect(() => parseMapping(JSON.stringify({ ...base, categories: [{ id: 'not-stated', label: 'x' }] }), roles)).toThrow('reserved');
    expect(() => parseMapping(JSON.stringify({ categories: [] }), roles)).toThrow('not a category mapping');
  });
});
