// SCORM 1.2 adapter: the 1.2 data model, vocabularies and limits. scorm-again's 1.2 mode (our test LMS) is
// lenient about limits, and real LMSs truncate silently, so the limits are enforced here.
import type { InteractionRecord, InteractionResponse, LmsRecord, TrackingReport } from '../core/tracker';
import { safeCall, safeRead } from './cmiWriter';
import { ScormTracker, type InteractionOutcome } from './scormTracker';
import { scorm12TimeOfDay, scorm12Timespan } from './timeFormats';

export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
}

export const SCORM12_LIMITS = { suspendData: 4096, location: 255, identifier: 255, response: 255 } as const;

function response(value: InteractionResponse): string {
  switch (value.kind) {
    case 'choice':
      return (value.codes ?? value.ids).join(',');
    case 'true-false':
      return value.value ? 't' : 'f';
    case 'matching':
      return value.pairs.map(([source, target]) => `${source}.${target}`).join(',');
    case 'likert':
      return value.value;
  }
}

function lessonStatus(report: TrackingReport): string {
  // 1.2 has one status, and "passed" tells the LMS the learner is done: it waits for every page to be complete,
  // the rule the certificate follows too (the score already shows the pass).
  if (report.success === 'passed') return report.completion === 'completed' ? 'passed' : 'incomplete';
  // A failed attempt with attempts left is still work in progress: "incomplete", unless the LMS already had the
  // course completed, which is never written back down.
  if (report.success === 'failed') return report.retakeAllowed ? report.completion : 'failed';
  return report.completion;
}

function objectiveStatus(objective: TrackingReport['objectives'][number]): string {
  return objective.success !== 'unknown' ? objective.success : objective.completion;
}

export class Scorm12Tracker extends ScormTracker {
  readonly kind = 'scorm12';

  constructor(api: Scorm12Api) {
    super({
      initialize: () => safeCall(() => api.LMSInitialize('')),
      commit: () => safeCall(() => api.LMSCommit('')),
      terminate: () => safeCall(() => api.LMSFinish('')),
      setValue: (element, value) => safeCall(() => api.LMSSetValue(element, value)) === 'true',
      getValue: (element) => safeRead(() => api.LMSGetValue(element)),
      lastError: () => safeCall(() => api.LMSGetLastError()),
    });
  }

  protected readRecord(): LmsRecord {
    const status = this.writer.get('cmi.core.lesson_status');
    const raw = Number.parseFloat(this.writer.get('cmi.core.score.raw'));
    const mastery = Number.parseFloat(this.writer.get('cmi.student_data.mastery_score'));
    const mode = this.writer.get('cmi.core.lesson_mode');
    return {
      resumed: this.writer.get('cmi.core.entry') === 'resume',
      suspendData: this.writer.get('cmi.suspend_data'),
      completion:
        status === 'completed' || status === 'passed' || status === 'failed'
          ? 'completed'
          : status === 'not attempted' || status === ''
            ? 'not attempted'
            : 'incomplete',
      success: status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : 'unknown',
      scorePercent: Number.isFinite(raw) ? raw : null,
      learnerName: this.writer.get('cmi.core.student_name'),
      learnerId: this.writer.get('cmi.core.student_id'),
      // 1.2 reads everything without error, so there is nothing to guard; browse and no-credit record nothing.
      reviewOnly: mode === 'browse' || mode === 'review' || this.writer.get('cmi.core.credit') === 'no-credit',
      passMarkPercent: Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery : null,
    };
  }

  protected write(report: TrackingReport): void {
    const w = this.writer;
    if (report.location) this.setBounded('cmi.core.lesson_location', report.location, SCORM12_LIMITS.location, (e, v) => w.set(e, v));
    this.setBounded('cmi.suspend_data', report.suspendData, SCORM12_LIMITS.suspendData, (e, v) => w.set(e, v));
    w.set('cmi.core.lesson_status', lessonStatus(report));
    if (report.scorePercent !== null) {
      w.set('cmi.core.score.min', '0');
      w.set('cmi.core.score.max', '100');
      w.set('cmi.core.score.raw', String(report.scorePercent));
    }
    for (const objective of report.objectives) {
      const prefix = this.objectives.prefix(objective.id);
      if (prefix === null) continue;
      w.set(`${prefix}.status`, objectiveStatus(objective));
      if (objective.scorePercent !== null) {
        w.set(`${prefix}.score.min`, '0');
        w.set(`${prefix}.score.max`, '100');
        w.set(`${prefix}.score.raw`, String(objective.scorePercent));
      }
    }
    w.set('cmi.core.session_time', scorm12Timespan(report.sessionMs));
    w.set('cmi.core.exit', report.exit === 'suspend' ? 'suspend' : '');
  }

  protected writeInteraction(prefix: string, interaction: InteractionRecord): InteractionOutcome {
    const w = this.writer;
    const setOnce = (element: string, value: string) => w.setOnce(element, value);
    if (!this.setBounded(`${prefix}.id`, interaction.id, SCORM12_LIMITS.identifier, setOnce)) return 'refused';
    const fields = [
      interaction.objectiveId ? w.setOnce(`${prefix}.objectives.0.id`, interaction.objectiveId) : true,
      w.setOnce(`${prefix}.time`, scorm12TimeOfDay(interaction.timestamp)),
      w.setOnce(`${prefix}.type`, interaction.type),
      interaction.correct
        ? this.setBounded(`${prefix}.correct_responses.0.pattern`, response(interaction.correct), SCORM12_LIMITS.response, setOnce)
        : true,
      this.setBounded(`${prefix}.student_response`, response(interaction.response), SCORM12_LIMITS.response, setOnce),
      w.setOnce(`${prefix}.result`, interaction.result === 'incorrect' ? 'wrong' : interaction.result),
      interaction.latencyMs !== null ? w.setOnce(`${prefix}.latency`, scorm12Timespan(interaction.latencyMs)) : true,
    ];
    return fields.every(Boolean) ? 'stored' : 'partial';
  }

  /**
   * A value over a 1.2 limit is not sent: LMSs truncate it silently, which corrupts it. The rest is still saved.
   * False when it was held back or refused.
   */
  private setBounded(element: string, value: string, limit: number, set: (element: string, value: string) => boolean): boolean {
    if (value.length > limit) {
      this.writer.failures.push(`${element}: ${value.length} characters, over the SCORM 1.2 limit of ${limit}`);
      return false;
    }
    return set(element, value);
  }
}
