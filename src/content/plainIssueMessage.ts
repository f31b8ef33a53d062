// Zod's default messages speak to programmers ("Invalid input: expected string, received undefined");
// content authors get plain ones.
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} ${JSON.stringify(value)}`;
}

export function plainIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${issue.expected === 'object' ? 'a group of fields' : issue.expected === 'array' ? 'a list' : issue.expected}, found ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const value = (issue.input as Record<string, unknown> | undefined)?.[String(issue.discriminator)];
        return value === undefined ? 'required' : `${JSON.stringify(value)} is not a known ${String(issue.discriminator)}`;
      }
      return undefined;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describe(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${String(issue.maximum)} item(s)`;
      return `must be at most ${String(issue.maximum)}`;
    default:
      return undefined;
  }
}
