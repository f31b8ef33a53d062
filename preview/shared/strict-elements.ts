// Every element Moodle 5's SCORM players know, per version, as data: who may read or write it, the type
// its value must have, and its numeric range. "n" stands for a collection index. Elements not listed
// here are unknown to Moodle and refused (2004 error 401, 1.2 error 201).
import type { ScormVersion } from './lms-types';
import { SCORM12_FORMATS as F12, SCORM2004_FORMATS as F04, type ValueFormat } from './strict-formats';

export type Access = 'r' | 'w' | 'rw';

export interface ElementRule {
  access: Access;
  /** Absent for read-only elements and for responses, whose type depends on the interaction's type. */
  format?: ValueFormat;
  /** Inclusive; max null means no upper bound. */
  range?: { min: number; max: number | null };
  /** The value is checked against the interaction's type (SCORM 2004 learner_response, pattern). */
  response?: 'learner' | 'correct';
}

const readOnly: ElementRule = { access: 'r' };
const rw = (format: ValueFormat, range?: ElementRule['range']): ElementRule => ({ access: 'rw', format, ...(range && { range }) });
const writeOnly = (format: ValueFormat, range?: ElementRule['range']): ElementRule => ({ access: 'w', format, ...(range && { range }) });

const SCALED = { min: -1, max: 1 };
const UNIT = { min: 0, max: 1 };
const NON_NEGATIVE = { min: 0, max: null };

const SCORM2004_ELEMENTS: Record<string, ElementRule> = {
  'cmi.comments_from_learner.n.comment': rw(F04.langString4000),
  'cmi.comments_from_learner.n.location': rw(F04.string250),
  'cmi.comments_from_learner.n.timestamp': rw(F04.time),
  'cmi.comments_from_lms.n.comment': readOnly,
  'cmi.comments_from_lms.n.location': readOnly,
  'cmi.comments_from_lms.n.timestamp': readOnly,
  'cmi.completion_status': rw(F04.completionStatus),
  'cmi.completion_threshold': readOnly,
  'cmi.credit': readOnly,
  'cmi.entry': readOnly,
  'cmi.exit': writeOnly(F04.exit),
  'cmi.interactions.n.id': rw(F04.identifier),
  'cmi.interactions.n.type': rw(F04.interactionType),
  'cmi.interactions.n.objectives.n.id': rw(F04.identifier),
  'cmi.interactions.n.timestamp': rw(F04.time),
  'cmi.interactions.n.correct_responses.n.pattern': { access: 'rw', response: 'correct' },
  'cmi.interactions.n.weighting': rw(F04.decimal),
  'cmi.interactions.n.learner_response': { access: 'rw', response: 'learner' },
  'cmi.interactions.n.result': rw(F04.result),
  'cmi.interactions.n.latency': rw(F04.timespan),
  'cmi.interactions.n.description': rw(F04.langString250),
  'cmi.launch_data': readOnly,
  'cmi.learner_id': readOnly,
  'cmi.learner_name': readOnly,
  'cmi.learner_preference.audio_level': rw(F04.decimal, NON_NEGATIVE),
  'cmi.learner_preference.language': rw(F04.lang),
  'cmi.learner_preference.delivery_speed': rw(F04.decimal, NON_NEGATIVE),
  'cmi.learner_preference.audio_captioning': rw(F04.sInteger, SCALED),
  'cmi.location': rw(F04.string1000),
  'cmi.max_time_allowed': readOnly,
  'cmi.mode': readOnly,
  'cmi.objectives.n.id': rw(F04.identifier),
  'cmi.objectives.n.score.scaled': rw(F04.decimal, SCALED),
  'cmi.objectives.n.score.raw': rw(F04.decimal),
  'cmi.objectives.n.score.min': rw(F04.decimal),
  'cmi.objectives.n.score.max': rw(F04.decimal),
  'cmi.objectives.n.success_status': rw(F04.successStatus),
  'cmi.objectives.n.completion_status': rw(F04.completionStatus),
  'cmi.objectives.n.progress_measure': rw(F04.decimal, UNIT),
  'cmi.objectives.n.description': rw(F04.langString250),
  'cmi.progress_measure': rw(F04.decimal, UNIT),
  'cmi.scaled_passing_score': readOnly,
  'cmi.score.scaled': rw(F04.decimal, SCALED),
  'cmi.score.raw': rw(F04.decimal),
  'cmi.score.min': rw(F04.decimal),
  'cmi.score.max': rw(F04.decimal),
  'cmi.session_time': writeOnly(F04.timespan),
  'cmi.success_status': rw(F04.successStatus),
  'cmi.suspend_data': rw(F04.string64000),
  'cmi.time_limit_action': readOnly,
  'cmi.total_time': readOnly,
  'adl.nav.request': rw(F04.navRequest),
};

const SCORE_100 = { min: 0, max: 100 };

const SCORM12_ELEMENTS: Record<string, ElementRule> = {
  'cmi.core.student_id': readOnly,
  'cmi.core.student_name': readOnly,
  'cmi.core.lesson_location': rw(F12.string255),
  'cmi.core.credit': readOnly,
  'cmi.core.lesson_status': rw(F12.lessonStatus),
  'cmi.core.entry': readOnly,
  'cmi.core.score.raw': rw(F12.decimal, SCORE_100),
  'cmi.core.score.max': rw(F12.decimal, SCORE_100),
  'cmi.core.score.min': rw(F12.decimal, SCORE_100),
  'cmi.core.total_time': readOnly,
  'cmi.core.lesson_mode': readOnly,
  'cmi.core.exit': writeOnly(F12.exit),
  'cmi.core.session_time': writeOnly(F12.timespan),
  'cmi.suspend_data': rw(F12.string4096),
  'cmi.launch_data': readOnly,
  'cmi.comments': rw(F12.string4096),
  'cmi.comments_from_lms': readOnly,
  'cmi.objectives.n.id': rw(F12.identifier),
  'cmi.objectives.n.score.raw': rw(F12.decimal, SCORE_100),
  'cmi.objectives.n.score.min': rw(F12.decimal, SCORE_100),
  'cmi.objectives.n.score.max': rw(F12.decimal, SCORE_100),
  'cmi.objectives.n.status': rw(F12.objectiveStatus),
  'cmi.student_data.mastery_score': readOnly,
  'cmi.student_data.max_time_allowed': readOnly,
  'cmi.student_data.time_limit_action': readOnly,
  'cmi.student_preference.audio': rw(F12.sInteger, { min: -1, max: 100 }),
  'cmi.student_preference.language': rw(F12.string255),
  'cmi.student_preference.speed': rw(F12.sInteger, { min: -100, max: 100 }),
  'cmi.student_preference.text': rw(F12.sInteger, { min: -1, max: 1 }),
  'cmi.interactions.n.id': writeOnly(F12.identifier),
  'cmi.interactions.n.objectives.n.id': writeOnly(F12.identifier),
  'cmi.interactions.n.time': writeOnly(F12.time),
  'cmi.interactions.n.type': writeOnly(F12.interactionType),
  'cmi.interactions.n.correct_responses.n.pattern': writeOnly(F12.string255),
  'cmi.interactions.n.weighting': writeOnly(F12.decimal, { min: -100, max: 100 }),
  'cmi.interactions.n.student_response': writeOnly(F12.string255),
  'cmi.interactions.n.result': writeOnly(F12.result),
  'cmi.interactions.n.latency': writeOnly(F12.timespan),
};

export const ELEMENT_RULES: Record<ScormVersion, Record<string, ElementRule>> = {
  '12': SCORM12_ELEMENTS,
  '2004': SCORM2004_ELEMENTS,
};

/** "cmi.interactions.3.objectives.0.id" → "cmi.interactions.n.objectives.n.id". */
export function elementModel(element: string): string {
  return element
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? 'n' : part))
    .join('.');
}

/** _children, _count and _version: keywords an LMS answers itself, never set by a SCO. */
export function isKeyword(element: string): boolean {
  return /\._(children|count|version)$/.test(element);
}
