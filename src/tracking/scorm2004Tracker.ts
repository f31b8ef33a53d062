// SCORM 2004 adapter, 3rd and 4th edition: the 2004 data model and its formats. The elements written here exist
// in both editions, suspendAll (for "Finish and close") included; the 4th added shared data stores adl.data and the
// jump navigation request, which the course does not use, and a larger suspend_data: the limit below differs.
import type { Scorm2004Edition } from '../../manifest/scorm2004';
import type { InteractionRecord, InteractionResponse, LmsRecord, TrackingReport } from '../core/tracker';
import { safeCall, safeRead } from './cmiWriter';
import { responsePattern } from './responsePattern';
import { ScormTracker, type InteractionOutcome } from './scormTracker';
import { isoDuration, isoTimestamp } from './timeFormats';

export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
}

/**
 * The smallest permitted maximum of cmi.suspend_data: what every LMS of that edition must store. A 3rd edition
 * LMS may cut a longer value, and a cut saved state is worse than the last whole one, so it is not sent.
 */
export const SUSPEND_DATA_LIMIT: Record<Scorm2004Edition, number> = { '3rd': 4000, '4th': 64000 };

/**
 * A response identifier as the strictest LMS we know accepts it: Moodle 5 checks choice and matching identifiers
 * against CMIShortIdentifier, ^[\w.]{1,250}$ (mod/scorm/datamodels/scorm_13.js), so every other character
 * becomes "_" ("law-enforcement" → "law_enforcement"; the grant report reads both spellings).
 */
export function shortIdentifier(id: string): string {
  return id.replace(/[^A-Za-z0-9_.]/g, '_').slice(0, 250);
}

/** The response pattern with every identifier in Moodle's CMIShortIdentifier form. */
function response(value: InteractionResponse): string {
  if (value.kind === 'choice') return responsePattern({ ...value, ids: value.ids.map(shortIdentifier) });
  if (value.kind === 'matching') {
    return responsePattern({ ...value, pairs: value.pairs.map(([source, target]) => [shortIdentifier(source), shortIdentifier(target)]) });
  }
  return responsePattern(value);
}

/** A decimal the LMS gave, or null for "" (not set) and anything that is not one. */
function decimal(text: string): number | null {
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(text)) return null;
  return Number(text);
}

/** Statuses that only a course writes: when the LMS has one, it holds a record from an earlier session. */
const RECORDED_COMPLETION = new Set(['completed', 'incomplete']);
const RECORDED_SUCCESS = new Set(['passed', 'failed']);

const scaled = (percent: number) => String(Math.round(percent) / 100);
const measure = (fraction: number) => String(Math.round(fraction * 100) / 100);

export class Scorm2004Tracker extends ScormTracker {
  readonly kind = 'scorm2004';

  constructor(
    api: Scorm2004Api,
    private readonly edition: Scorm2004Edition = '4th',
  ) {
    super({
      initialize: () => safeCall(() => api.Initialize('')),
      commit: () => safeCall(() => api.Commit('')),
      terminate: () => safeCall(() => api.Terminate('')),
      setValue: (element, value) => safeCall(() => api.SetValue(element, value)) === 'true',
      getValue: (element) => safeRead(() => api.GetValue(element)),
      lastError: () => safeCall(() => api.GetLastError()),
    });
  }

  protected readRecord(): LmsRecord {
    const w = this.writer;
    const entry = w.get('cmi.entry');
    const completion = w.get('cmi.completion_status');
    const success = w.get('cmi.success_status');
    const mode = w.get('cmi.mode');
    // The record is read whatever cmi.entry says: LMSs give "" or even "ab-initio" while still holding a record.
    // Reading an element never set is an error (403), so suspend_data and the score are read only when the LMS
    // shows it has them: a resumed attempt, or a status that only this course writes, always together with them.
    const holdsRecord = entry === 'resume' || RECORDED_COMPLETION.has(completion) || RECORDED_SUCCESS.has(success);
    const raw = RECORDED_SUCCESS.has(success) ? decimal(w.get('cmi.score.raw')) : null;
    // Defined by the manifest (minNormalizedMeasure with satisfiedByMeasure), so an LMS always has it; an
    // administrator may change it, and the LMS then judges the score by it.
    const passing = decimal(w.get('cmi.scaled_passing_score'));
    return {
      resumed: entry === 'resume',
      suspendData: holdsRecord ? w.get('cmi.suspend_data') : '',
      completion: completion === 'completed' || completion === 'incomplete' || completion === 'not attempted' ? completion : 'unknown',
      success: success === 'passed' || success === 'failed' ? success : 'unknown',
      scorePercent: raw,
      learnerName: w.get('cmi.learner_name'),
      learnerId: w.get('cmi.learner_id'),
      reviewOnly: mode === 'browse' || mode === 'review' || w.get('cmi.credit') === 'no-credit',
      passMarkPercent: passing !== null && passing >= 0 && passing <= 1 ? Math.round(passing * 100) : null,
    };
  }

  protected write(report: TrackingReport): void {
    const w = this.writer;
    // An empty location is not a valid 2004 characterstring (406); before the first page there is none to save.
    if (report.location) w.set('cmi.location', report.location);
    if (report.suspendData.length <= SUSPEND_DATA_LIMIT[this.edition]) w.set('cmi.suspend_data', report.suspendData);
    else
      w.failures.push(
        `cmi.suspend_data: ${report.suspendData.length} characters, over the ${this.edition} edition's ${SUSPEND_DATA_LIMIT[this.edition]}`,
      );
    w.set('cmi.completion_status', report.completion);
    w.set('cmi.success_status', report.success);
    if (report.scorePercent !== null) {
      w.set('cmi.score.min', '0');
      w.set('cmi.score.max', '100');
      w.set('cmi.score.raw', String(report.scorePercent));
      w.set('cmi.score.scaled', scaled(report.scorePercent));
    }
    w.set('cmi.progress_measure', measure(report.progress));
    for (const objective of report.objectives) {
      const prefix = this.objectives.prefix(objective.id);
      if (prefix === null) continue;
      w.set(`${prefix}.completion_status`, objective.completion);
      w.set(`${prefix}.success_status`, objective.success);
      w.set(`${prefix}.progress_measure`, measure(objective.progress));
      if (objective.scorePercent !== null) {
        w.set(`${prefix}.score.min`, '0');
        w.set(`${prefix}.score.max`, '100');
        w.set(`${prefix}.score.raw`, String(objective.scorePercent));
        w.set(`${prefix}.score.scaled`, scaled(objective.scorePercent));
      }
    }
    w.set('cmi.session_time', isoDuration(report.sessionMs));
    w.set('cmi.exit', report.exit);
  }

  protected writeInteraction(prefix: string, interaction: InteractionRecord): InteractionOutcome {
    const w = this.writer;
    if (!w.setOnce(`${prefix}.id`, interaction.id)) return 'refused';
    const fields = [
      w.setOnce(`${prefix}.type`, interaction.type),
      interaction.objectiveId ? w.setOnce(`${prefix}.objectives.0.id`, interaction.objectiveId) : true,
      w.setOnce(`${prefix}.timestamp`, isoTimestamp(interaction.timestamp)),
      interaction.correct ? w.setOnce(`${prefix}.correct_responses.0.pattern`, response(interaction.correct)) : true,
      w.setOnce(`${prefix}.learner_response`, response(interaction.response)),
      w.setOnce(`${prefix}.result`, interaction.result),
      interaction.latencyMs !== null ? w.setOnce(`${prefix}.latency`, isoDuration(interaction.latencyMs)) : true,
      w.setOnce(`${prefix}.description`, interaction.description),
    ];
    return fields.every(Boolean) ? 'stored' : 'partial';
  }

  /**
   * "Finish and close": the attempt stays resumable (the end-of-session decision), so the request is suspendAll,
   * not exitAll, which would end the attempt. Only an LMS that answers adl.nav.request_valid (it has a navigation
   * data model) is asked; one that accepts it closes the course itself.
   */
  protected override requestExit(): boolean {
    if (!['true', 'false', 'unknown'].includes(this.writer.get('adl.nav.request_valid.continue'))) return false;
    return this.writer.setOnce('adl.nav.request', 'suspendAll');
  }
}
