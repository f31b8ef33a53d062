// The strict LMS's rules (preview/shared/strict-rules.ts): for each rule, a value Moodle 5 accepts and one
// it refuses, with the error code it answers.
import { describe, expect, it } from 'vitest';
import { readElement } from '../../preview/harness/read-element';
import type { CmiRecord, ScormVersion } from '../../preview/shared/lms-types';
import { checkGetValue, checkSetValue, type DataModelView } from '../../preview/shared/strict-rules';

/** A data model holding these values; collections' _count comes from the indices present. */
function model(record: CmiRecord = {}): DataModelView {
  return { read: (element) => readElement(record, element) };
}

function code(version: ScormVersion, element: string, value: string, record: CmiRecord = {}): string | null {
  return checkSetValue(version, element, value, model(record))?.code ?? null;
}

const INTERACTION_0: CmiRecord = { 'cmi.interactions.0.id': 'intake.role', 'cmi.interactions.0.type': 'choice' };

describe('SCORM 2004 value types (Moodle scorm_13.js)', () => {
  it.each([
    // element, accepted, refused
    ['cmi.completion_status', 'completed', 'done'],
    ['cmi.success_status', 'passed', 'Passed'],
    ['cmi.exit', 'normal', 'finish'],
    ['cmi.location', 'x'.repeat(1000), 'x'.repeat(1001)],
    ['cmi.suspend_data', 'x'.repeat(64000), 'x'.repeat(64001)],
    ['cmi.score.raw', '99999.5', '100000'],
    ['cmi.score.raw', '-12.25', '1e2'],
    ['cmi.session_time', 'PT1H2M3.45S', 'PT1.123S'],
    ['cmi.session_time', 'PT0S', '00:00:10'],
    ['cmi.interactions.0.timestamp', '2025-06-01T10:00:00.12Z', '2025-06-01T10:00:00Z'],
    ['cmi.interactions.0.timestamp', '2025-06-01T10:00:00.5', '2025-06-01T10:00:00.123Z'],
    ['cmi.interactions.0.result', 'incorrect', 'wrong'],
    ['cmi.interactions.0.type', 'likert', 'rating'],
    ['cmi.interactions.0.description', 'One line', 'Two\nlines'],
    ['cmi.interactions.0.description', 'x'.repeat(251), 'x'.repeat(252)],
    ['cmi.learner_preference.language', 'en-US', 'english'],
    ['adl.nav.request', 'exitAll', 'close'],
  ])('%s: the first value passes, the second gets 406 (%#)', (element, accepted, refused) => {
    expect(code('2004', element, accepted, INTERACTION_0)).toBeNull();
    expect(code('2004', element, refused, INTERACTION_0)).toBe('406');
  });

  it('interaction and objective ids must end in a letter or digit (CMIIdentifier)', () => {
    expect(code('2004', 'cmi.interactions.1.id', 'final.1.q7', INTERACTION_0)).toBeNull();
    expect(code('2004', 'cmi.interactions.1.id', 'practice.q7-', INTERACTION_0)).toBe('406');
    expect(code('2004', 'cmi.interactions.1.id', 'has space', INTERACTION_0)).toBe('406');
    expect(code('2004', 'cmi.objectives.0.id', 'module.obj_')).toBe('406');
    expect(code('2004', 'cmi.interactions.0.objectives.0.id', 'obj1', INTERACTION_0)).toBeNull();
  });

  it('scores and progress keep to their ranges (407)', () => {
    expect(code('2004', 'cmi.score.scaled', '-1')).toBeNull();
    expect(code('2004', 'cmi.score.scaled', '1.01')).toBe('407');
    expect(code('2004', 'cmi.progress_measure', '0.5')).toBeNull();
    expect(code('2004', 'cmi.progress_measure', '-0.1')).toBe('407');
  });

  it('read-only elements, keywords and unknown elements are refused', () => {
    expect(code('2004', 'cmi.entry', 'resume')).toBe('404');
    expect(code('2004', 'cmi.scaled_passing_score', '0.5')).toBe('404');
    expect(code('2004', 'cmi.interactions._count', '3')).toBe('404');
    expect(code('2004', 'cmi.core.lesson_status', 'passed')).toBe('401');
  });

  it('write-only elements cannot be read (405)', () => {
    expect(checkGetValue('2004', 'cmi.exit')?.code).toBe('405');
    expect(checkGetValue('2004', 'cmi.location')).toBeNull();
  });
});

describe('SCORM 2004 responses (CMIShortIdentifier items)', () => {
  it.each([
    ['choice', 'law_enforcement', 'law-enforcement'],
    ['choice', 'a[,]b', 'a[,]a'],
    ['likert', '4', '4 '],
    ['true-false', 'true', 'yes'],
    ['matching', 'a[.]1[,]b[.]2', 'a-1'],
    ['sequencing', 'step1[,]step2', 'step 1'],
    ['numeric', '12.5', 'twelve'],
  ])('a %s learner_response accepts %j and refuses %j with 406', (type, accepted, refused) => {
    const record = { 'cmi.interactions.0.id': 'q1', 'cmi.interactions.0.type': type };
    expect(code('2004', 'cmi.interactions.0.learner_response', accepted, record)).toBeNull();
    expect(code('2004', 'cmi.interactions.0.learner_response', refused, record)).toBe('406');
  });

  it('a choice response holds at most 36 items (351)', () => {
    const items = (count: number) => Array.from({ length: count }, (_, at) => `c${at}`).join('[,]');
    expect(code('2004', 'cmi.interactions.0.learner_response', items(36), INTERACTION_0)).toBeNull();
    expect(code('2004', 'cmi.interactions.0.learner_response', items(37), INTERACTION_0)).toBe('351');
  });

  it('a response needs the interaction type first (408)', () => {
    expect(code('2004', 'cmi.interactions.0.learner_response', 'a', { 'cmi.interactions.0.id': 'q1' })).toBe('408');
  });

  it('correct responses: typed like the learner response, one for a true-false, no repeated choice pattern', () => {
    expect(code('2004', 'cmi.interactions.0.correct_responses.0.pattern', 'law_enforcement', INTERACTION_0)).toBeNull();
    expect(code('2004', 'cmi.interactions.0.correct_responses.0.pattern', 'law-enforcement', INTERACTION_0)).toBe('406');
    const trueFalse = {
      'cmi.interactions.0.id': 'q1',
      'cmi.interactions.0.type': 'true-false',
      'cmi.interactions.0.correct_responses.0.pattern': 'true',
    };
    expect(code('2004', 'cmi.interactions.0.correct_responses.1.pattern', 'false', trueFalse)).toBe('351');
    const choice = { ...INTERACTION_0, 'cmi.interactions.0.correct_responses.0.pattern': 'a' };
    expect(code('2004', 'cmi.interactions.0.correct_responses.1.pattern', 'a', choice)).toBe('351');
    expect(code('2004', 'cmi.interactions.0.correct_responses.1.pattern', 'b', choice)).toBeNull();
    const numeric = { 'cmi.interactions.0.id': 'q1', 'cmi.interactions.0.type': 'numeric' };
    expect(code('2004', 'cmi.interactions.0.correct_responses.0.pattern', '1[:]5', numeric)).toBeNull();
    expect(code('2004', 'cmi.interactions.0.correct_responses.0.pattern', '5[:]1', numeric)).toBe('406');
  });
});

describe('collection indexes (the specs: n ≤ _count, no gaps)', () => {
  const twoInteractions = { ...INTERACTION_0, 'cmi.interactions.1.id': 'q2' };

  it.each(['12', '2004'] as const)('SCORM %s: the next index is _count, one beyond is refused', (version) => {
    expect(code(version, 'cmi.interactions.2.id', 'q3', twoInteractions)).toBeNull();
    expect(code(version, 'cmi.interactions.3.id', 'q4', twoInteractions)).toBe(version === '12' ? '201' : '351');
    expect(code(version, 'cmi.objectives.1.id', 'obj2')).toBe(version === '12' ? '201' : '351');
  });

  it('sub-collections follow the same rule', () => {
    const withObjective = { ...INTERACTION_0, 'cmi.interactions.0.objectives.0.id': 'obj1' };
    expect(code('2004', 'cmi.interactions.0.objectives.1.id', 'obj2', withObjective)).toBeNull();
    expect(code('2004', 'cmi.interactions.0.objectives.2.id', 'obj3', withObjective)).toBe('351');
    expect(code('12', 'cmi.interactions.0.objectives.2.id', 'obj3', withObjective)).toBe('201');
    expect(code('2004', 'cmi.interactions.0.correct_responses.1.pattern', 'a', INTERACTION_0)).toBe('351');
  });

  it('SCORM 2004: a new interaction or objective starts with its id (408), an index has no leading zero', () => {
    expect(code('2004', 'cmi.interactions.1.type', 'choice', INTERACTION_0)).toBe('408');
    expect(code('2004', 'cmi.objectives.0.success_status', 'passed')).toBe('408');
    expect(code('2004', 'cmi.interactions.1.objectives.0.id', 'obj1', INTERACTION_0)).toBe('408');
    expect(code('2004', 'cmi.interactions.00.id', 'q1')).toBe('351');
    expect(code('12', 'cmi.interactions.0.type', 'choice')).toBeNull();
  });

  it('SCORM 2004: objective ids are unique and never change (351)', () => {
    const objectives = { 'cmi.objectives.0.id': 'obj1', 'cmi.objectives.1.id': 'obj2' };
    expect(code('2004', 'cmi.objectives.0.id', 'obj1', objectives)).toBeNull();
    expect(code('2004', 'cmi.objectives.0.id', 'obj9', objectives)).toBe('351');
    expect(code('2004', 'cmi.objectives.2.id', 'obj1', objectives)).toBe('351');
    const references = { ...INTERACTION_0, 'cmi.interactions.0.objectives.0.id': 'obj1' };
    expect(code('2004', 'cmi.interactions.0.objectives.1.id', 'obj1', references)).toBe('351');
  });
});

describe('SCORM 1.2 value types (Moodle scorm_12.js, "SCORM 1.2 standard" limits)', () => {
  it.each([
    ['cmi.suspend_data', 'x'.repeat(4096), 'x'.repeat(4097)],
    ['cmi.core.lesson_location', 'x'.repeat(255), 'x'.repeat(256)],
    ['cmi.core.lesson_status', 'browsed', 'not attempted'],
    ['cmi.core.exit', 'suspend', 'normal'],
    ['cmi.core.session_time', '0000:05:30.25', 'PT5M30S'],
    ['cmi.core.score.raw', '100', '100.5'],
    ['cmi.core.score.raw', '85.25', '1000'],
    ['cmi.interactions.0.id', 'final.1.q7', 'has space'],
    ['cmi.interactions.0.id', 'q'.repeat(255), 'q'.repeat(256)],
    ['cmi.interactions.0.time', '09:05:00', '2025-06-01T09:05:00'],
    ['cmi.interactions.0.type', 'likert', 'other'],
    ['cmi.interactions.0.result', 'wrong', 'incorrect'],
    ['cmi.interactions.0.student_response', 'y'.repeat(255), 'y'.repeat(256)],
    ['cmi.interactions.0.weighting', '-100', '101'],
    ['cmi.objectives.0.status', 'not attempted', 'unknown'],
    ['cmi.student_preference.text', '-1', '2'],
  ])('%s: the first value passes, the second gets 405 (%#)', (element, accepted, refused) => {
    expect(code('12', element, accepted)).toBeNull();
    expect(code('12', element, refused)).toBe('405');
  });

  it('read-only elements (403), keywords (402), unknown elements (201); write-only ones cannot be read (404)', () => {
    expect(code('12', 'cmi.core.student_name', 'Someone')).toBe('403');
    expect(code('12', 'cmi.student_data.mastery_score', '80')).toBe('403');
    expect(code('12', 'cmi.core._children', 'x')).toBe('402');
    expect(code('12', 'cmi.completion_status', 'completed')).toBe('201');
    expect(checkGetValue('12', 'cmi.interactions.0.id')?.code).toBe('404');
  });
});

it('says why, naming the element and the type it expected', () => {
  const refusal = checkSetValue('2004', 'cmi.interactions.0.learner_response', 'law-enforcement', model(INTERACTION_0));
  expect(refusal?.reason).toMatch(/"law-enforcement".*CMIShortIdentifier.*choice/);
  expect(checkSetValue('12', 'cmi.suspend_data', 'x'.repeat(5000), model())?.reason).toMatch(/5000 characters.*CMIString4096/);
});
