// The strict LMS's judgement of one call, as a pure function: given the element, the value and what the
// data model holds now, null (let the call through) or the error code a strict LMS answers and why.
// Rules: Moodle 5's (strict-elements.ts, strict-formats.ts, strict-responses.ts) plus the SCORM specs'
// collection rule that a new member's index is exactly _count (no gaps), and in SCORM 2004 that a new
// interaction or objective starts with its id.
import { ELEMENT_RULES, elementModel, isKeyword, type ElementRule } from './strict-elements';
import { matchesFormat } from './strict-formats';
import { CORRECT_RESPONSE_LIMIT, checkResponse } from './strict-responses';
import type { ScormVersion } from './lms-types';

export interface Refusal {
  code: string;
  reason: string;
}

/** What the rules may look at: an element's current value, "" when it has none (collections' _count too). */
export interface DataModelView {
  read(element: string): string;
}

interface ErrorCodes {
  unknown: string;
  readOnly: string;
  keyword: string;
  writeOnly: string;
  type: string;
  range: string;
  order: string;
}

const ERROR_CODES: Record<ScormVersion, ErrorCodes> = {
  '12': { unknown: '201', readOnly: '403', keyword: '402', writeOnly: '404', type: '405', range: '405', order: '201' },
  '2004': { unknown: '401', readOnly: '404', keyword: '404', writeOnly: '405', type: '406', range: '407', order: '351' },
};

// SCORM 2004 collections whose new member must start with this element.
const FIRST_ELEMENT: ReadonlyArray<{ collection: RegExp; first: string }> = [
  { collection: /^cmi\.interactions$/, first: 'id' },
  { collection: /^cmi\.objectives$/, first: 'id' },
  { collection: /^cmi\.interactions\.\d+\.objectives$/, first: 'id' },
  { collection: /^cmi\.interactions\.\d+\.correct_responses$/, first: 'pattern' },
];

export function checkSetValue(version: ScormVersion, element: string, value: string, model: DataModelView): Refusal | null {
  const codes = ERROR_CODES[version];
  if (isKeyword(element)) return { code: codes.keyword, reason: `${element} is a keyword the LMS answers; it cannot be set` };
  const rule = ELEMENT_RULES[version][elementModel(element)];
  if (!rule) return { code: codes.unknown, reason: `${element} is not in Moodle's SCORM ${version} data model` };
  if (rule.access === 'r') return { code: codes.readOnly, reason: `${element} is read-only` };
  if (rule.format && !matchesFormat(rule.format, value, version === '2004')) {
    return { code: codes.type, reason: `${describe(value)} is not a valid ${rule.format.name} for ${element}` };
  }
  return (
    checkIndexes(version, element, model) ??
    (version === '2004' ? checkDependencies(element, value, rule, model) : null) ??
    checkRange(codes, element, value, rule)
  );
}

export function checkGetValue(version: ScormVersion, element: string): Refusal | null {
  const rule = ELEMENT_RULES[version][elementModel(element)];
  if (rule?.access !== 'w') return null;
  return { code: ERROR_CODES[version].writeOnly, reason: `${element} is write-only` };
}

function checkIndexes(version: ScormVersion, element: string, model: DataModelView): Refusal | null {
  const code = ERROR_CODES[version].order;
  const parts = element.split('.');
  for (let at = 0; at < parts.length; at += 1) {
    const index = parts[at] ?? '';
    if (!/^\d+$/.test(index)) continue;
    const collection = parts.slice(0, at).join('.');
    if (version === '2004' && /^0\d/.test(index)) return { code, reason: `index "${index}" of ${collection} has a leading zero` };
    const count = countOf(model, collection);
    const position = Number(index);
    if (position > count) {
      return { code, reason: `${collection}.${position} skips ahead: ${collection}._count is ${count}, so a new one must be ${count}` };
    }
    if (version === '2004' && position === count) {
      const first = FIRST_ELEMENT.find((entry) => entry.collection.test(collection))?.first;
      const rest = parts.slice(at + 1).join('.');
      if (first !== undefined && rest !== first) {
        return { code: '408', reason: `${collection}.${position} does not exist yet: its ${first} must be set first` };
      }
    }
  }
  return null;
}

function checkDependencies(element: string, value: string, rule: ElementRule, model: DataModelView): Refusal | null {
  if (rule.response) return checkResponseElement(element, value, rule.response, model);
  const objective = /^cmi\.objectives\.(\d+)\.id$/.exec(element);
  if (objective) return checkObjectiveId('cmi.objectives', Number(objective[1]), value, model, true);
  const interactionObjective = /^(cmi\.interactions\.\d+\.objectives)\.(\d+)\.id$/.exec(element);
  if (interactionObjective) {
    return checkObjectiveId(interactionObjective[1] ?? '', Number(interactionObjective[2]), value, model, false);
  }
  return null;
}

function checkResponseElement(element: string, value: string, kind: 'learner' | 'correct', model: DataModelView): Refusal | null {
  const interaction = /^cmi\.interactions\.\d+/.exec(element)?.[0] ?? '';
  const type = model.read(`${interaction}.type`);
  if (type === '') return { code: '408', reason: `${interaction}.type must be set before its responses` };
  if (kind === 'correct') {
    const patterns = `${interaction}.correct_responses`;
    const count = countOf(model, patterns);
    const position = Number(/\.(\d+)\.pattern$/.exec(element)?.[1]);
    const limit = CORRECT_RESPONSE_LIMIT[type];
    if (position === count && limit !== undefined && count >= limit) {
      return { code: '351', reason: `a ${type} interaction may have ${limit} correct response(s)` };
    }
    if (type === 'choice' && membersOf(model, patterns, 'pattern').some((pattern, at) => at !== position && pattern === value)) {
      return { code: '351', reason: `${describe(value)} is already a correct response of ${interaction}` };
    }
  }
  return checkResponse(kind, type, value);
}

// Objective ids are unique within their collection; an objective's own id (not an interaction's
// reference to one) never changes once set.
function checkObjectiveId(collection: string, position: number, value: string, model: DataModelView, writeOnce: boolean): Refusal | null {
  const ids = membersOf(model, collection, 'id');
  const current = ids[position];
  if (writeOnce && current !== undefined && current !== '' && current !== value) {
    return { code: '351', reason: `${collection}.${position}.id is already "${current}" and cannot change` };
  }
  if (ids.some((id, at) => at !== position && id === value)) {
    return { code: '351', reason: `"${value}" is already the id of another member of ${collection}` };
  }
  return null;
}

function checkRange(codes: ErrorCodes, element: string, value: string, rule: ElementRule): Refusal | null {
  if (!rule.range) return null;
  // Moodle compares value*1.0, so an empty value counts as 0.
  const number = Number(value);
  const { min, max } = rule.range;
  if (number >= min && (max === null || number <= max)) return null;
  return { code: codes.range, reason: `${value} is outside ${min}…${max ?? '∞'} for ${element}` };
}

function countOf(model: DataModelView, collection: string): number {
  const count = Number(model.read(`${collection}._count`));
  return Number.isInteger(count) && count > 0 ? count : 0;
}

function membersOf(model: DataModelView, collection: string, field: string): string[] {
  return Array.from({ length: countOf(model, collection) }, (_, at) => model.read(`${collection}.${at}.${field}`));
}

function describe(value: string): string {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return value.length > 60 ? `${shown} (${value.length} characters)` : shown;
}
