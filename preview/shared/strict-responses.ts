// SCORM 2004 responses (learner_response, correct_responses.n.pattern) are typed by their interaction's
// type. Moodle 5 splits a response into items and checks each item, as below: the table is the data,
// checkResponse applies it. Returns null when accepted, or the error code and why.
import { SCORM2004_FORMATS as F, matchesFormat, type ValueFormat } from './strict-formats';

interface ResponseShape {
  item: ValueFormat;
  /** Second half of an "a[.]b" pair (matching, performance). */
  pairSecond?: ValueFormat;
  /** Most items one response may hold. */
  maxItems: number;
  /** Between items: the SCORM 2004 "[,]" (numeric ranges "[:]"), or "" for a single item. */
  delimiter: string;
  /** Items may not repeat (choice). */
  unique: boolean;
}

const EMPTY_OR_SHORT: ValueFormat = { name: 'CMIShortIdentifier or nothing', pattern: /^$|^[\w.]{1,250}$/ };
const DECIMAL_EMPTY_OR_SHORT: ValueFormat = {
  name: 'CMIDecimal, CMIShortIdentifier or nothing',
  pattern: /^-?([0-9]{1,5})(\.[0-9]{1,18})?$|^$|^[\w.]{1,250}$/,
};

const LEARNER_RESPONSE: Record<string, ResponseShape> = {
  'true-false': { item: { name: 'true or false', pattern: /^true$|^false$/ }, maxItems: 1, delimiter: '', unique: false },
  choice: { item: F.shortIdentifier, maxItems: 36, delimiter: '[,]', unique: true },
  'fill-in': { item: F.langString250, maxItems: 10, delimiter: '[,]', unique: false },
  'long-fill-in': { item: F.langString4000, maxItems: 1, delimiter: '', unique: false },
  matching: { item: F.shortIdentifier, pairSecond: F.shortIdentifier, maxItems: 36, delimiter: '[,]', unique: false },
  performance: { item: EMPTY_OR_SHORT, pairSecond: DECIMAL_EMPTY_OR_SHORT, maxItems: 250, delimiter: '[,]', unique: false },
  sequencing: { item: F.shortIdentifier, maxItems: 36, delimiter: '[,]', unique: false },
  likert: { item: F.shortIdentifier, maxItems: 1, delimiter: '', unique: false },
  numeric: { item: F.decimal, maxItems: 1, delimiter: '', unique: false },
  other: { item: F.string4000, maxItems: 1, delimiter: '', unique: false },
};

// Correct-response patterns differ from learner responses in a few places only.
const CORRECT_RESPONSE: Record<string, ResponseShape> = {
  ...LEARNER_RESPONSE,
  'fill-in': { item: F.langString250cr, maxItems: 10, delimiter: '[,]', unique: false },
  numeric: { item: F.decimal, maxItems: 2, delimiter: '[:]', unique: false },
};

/** How many correct_responses an interaction of this type may have. */
export const CORRECT_RESPONSE_LIMIT: Readonly<Record<string, number>> = {
  'true-false': 1,
  likert: 1,
  numeric: 1,
  other: 1,
};

// Types whose pattern items may start with {lang=…}, {case_matters=…}, {order_matters=…}.
const PREFIXED_TYPES = new Set(['fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing']);

export interface ResponseRefusal {
  code: string;
  reason: string;
}

export function checkResponse(kind: 'learner' | 'correct', interactionType: string, value: string): ResponseRefusal | null {
  const shape = (kind === 'learner' ? LEARNER_RESPONSE : CORRECT_RESPONSE)[interactionType];
  if (!shape) return { code: '408', reason: `the interaction's type ("${interactionType}") is not one Moodle knows` };
  const items = shape.delimiter === '' ? [value] : value.split(shape.delimiter);
  if (items.length > shape.maxItems) {
    return { code: '351', reason: `${items.length} items, more than the ${shape.maxItems} a ${interactionType} response may hold` };
  }
  if (kind === 'correct' && interactionType === 'numeric' && items.length === 2 && Number(items[0]) > Number(items[1])) {
    return { code: '406', reason: 'a numeric range must run from low to high' };
  }
  const seen = new Set<string>();
  for (const rawItem of items) {
    const item = kind === 'correct' && PREFIXED_TYPES.has(interactionType) ? withoutPrefixes(rawItem) : rawItem;
    const problem = checkItem(shape, item, kind === 'correct' && value === '');
    if (problem) return { code: '406', reason: `"${item}" ${problem} (${interactionType})` };
    if (shape.unique && item !== '' && seen.has(item))
      return { code: '406', reason: `"${item}" appears twice in a ${interactionType} response` };
    seen.add(item);
  }
  return null;
}

function checkItem(shape: ResponseShape, item: string, emptyPatternAllowed: boolean): string | null {
  if (shape.pairSecond) {
    const parts = item.split('[.]');
    if (parts.length !== 2) return 'is not one pair "a[.]b"';
    const [first = '', second = ''] = parts;
    if (!shape.item.pattern.test(first)) return `has a first half that is not a ${shape.item.name}`;
    if (!shape.pairSecond.pattern.test(second)) return `has a second half that is not a ${shape.pairSecond.name}`;
    return null;
  }
  if (emptyPatternAllowed) return null;
  return matchesFormat(shape.item, item, false) ? null : `is not a ${shape.item.name}`;
}

const OPTION_PREFIX = /^\{(lang|case_matters|order_matters)=[^}]+\}/;

function withoutPrefixes(item: string): string {
  let rest = item;
  let prefix = OPTION_PREFIX.exec(rest);
  while (prefix) {
    rest = rest.slice(prefix[0].length);
    prefix = OPTION_PREFIX.exec(rest);
  }
  return rest;
}
