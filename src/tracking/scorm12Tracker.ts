// SCORM 1.2 adapter: the 1.2 data model, vocabularies and limits. scorm-again's 1.2 mode (our test LMS) is
// lenient about limits, and real LMSs truncate silently, so the limits are enforced here.
import type { InteractionRecord, InteractionResponse, LmsRecord, StartResult, Tracker, TrackingReport } from '../core/tracker';
import { CmiWriter, safeCall, type ScormCalls } from './cmiWriter';
import { ObjectiveSlots } from './objectiveSlots';
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
  }
}


function lessonStatus(report: TrackingReport): string {
  if (report.success === 'passed') return 'passed';
  // A failed attempt with attempts left is still work in progress: "incomplete", unless the LMS already had the
  // course completed, which is never written back down.
  if (report.success === 'failed') return report.retakeAllowed ? report.completion : 'failed';
  return report.completion;
}

function objectiveStatus(objective: TrackingReport['objectives'][number]): string {
  return objective.success !== 'unknown' ? objective.success : objective.completion;
}

export class Scorm12Tracker implements Tracker {
  readonly kind = 'scorm12';
  private readonly writer: CmiWriter;
  private readonly objectives: ObjectiveSlots;
  private interactionCount = 0;
  private ended = false;

  constructor(private readonly api: Scorm12Api) {
    const calls: ScormCalls = {
      setValue: (element, value) => safeCall(() => api.LMSSetValue(element, value)) === 'true',
      getValue: (element) => safeCall(() => api.LMSGetValue(element)),
      lastError: () => safeCall(() => api.LMSGetLastError()),
    };
    this.writer = new CmiWriter(calls);
    this.objectives = new ObjectiveSlots(this.writer);
  }

  start(): StartResult {
    if (safeCall(() => this.api.LMSInitialize('')) !== 'true') return { ok: false, reason: 'LMSInitialize failed' };
    const status = this.writer.get('cmi.core.lesson_status');
    const raw = Number.parseFloat(this.writer.get('cmi.core.score.raw'));
    const record: LmsRecord = {
      resumed: this.writer.get('cmi.core.entry') === 'resume',
      suspendData: this.writer.get('cmi.suspend_data'),
      completion: status === 'completed' || status === 'passed' || status === 'failed' ? 'completed' : status === 'not attempted' || status === '' ? 'not attempted' : 'incomplete',
      success: status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : 'unknown',
      scorePercent: Number.isFinite(raw) ? raw : null,
      learnerName: this.writer.get('cmi.core.student_name'),
    };
    const count = Number(this.writer.get('cmi.interactions._count'));
    this.interactionCount = Number.isInteger(count) && count > 0 ? count : 0;
    this.objectives.read();
    return { ok: true, record };
  }

  private write(report: TrackingReport): void {
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
      w.set(`${prefix}.status`, objectiveStatus(objective));
      if (objective.scorePercent !== null) {
        w.set(`${prefix}.score.min`, '0');
        w.set(`${prefix}.score.max`, '100');
        w.set(`${prefix}.score.raw`, String(objective.scorePercent));
      }
    }
    for (const interaction of report.interactions) this.writeInteraction(interaction);
    w.set('cmi.core.session_time', scorm12Timespan(report.sessionMs));
    w.set('cmi.core.exit', report.exit === 'suspend' ? 'suspend' : '');
  }

  private writeInteraction(interaction: InteractionRecord): void {
    const prefix = `cmi.interactions.${this.interactionCount}`;
    const w = this.writer;
    const setOnce = (element: string, value: string) => w.setOnce(element, value);
    if (!this.setBounded(`${prefix}.id`, interaction.id, SCORM12_LIMITS.identifier, setOnce)) return;
    this.interactionCount += 1;
    if (interaction.objectiveId) w.setOnce(`${prefix}.objectives.0.id`, interaction.objectiveId);
    w.setOnce(`${prefix}.time`, scorm12TimeOfDay(interaction.timestamp));
    w.setOnce(`${prefix}.type`, interaction.type);
    if (interaction.correct) {
      this.setBounded(`${prefix}.correct_responses.0.pattern`, response(interaction.correct), SCORM12_LIMITS.response, setOnce);
    }
    this.setBounded(`${prefix}.student_response`, response(interaction.response), SCORM12_LIMITS.response, setOnce);
    w.setOnce(`${prefix}.result`, interaction.result === 'incorrect' ? 'wrong' : interaction.result);
    if (interaction.latencyMs !== null) w.setOnce(`${prefix}.latency`, scorm12Timespan(interaction.latencyMs));
  }

  /** A value over a 1.2 limit is not sent: LMSs truncate it silently, which corrupts it. The rest is still saved. */
  private setBounded(element: string, value: string, limit: number, set: (element: string, value: string) => void): boolean {
    if (value.length > limit) {
      this.writer.failures.push(`${element}: ${value.length} characters, over the SCORM 1.2 limit of ${limit}`);
      return false;
    }
    set(element, value);
    return true;
  }

  save(report: TrackingReport): boolean {
    if (this.ended) return false;
    this.write(report);
    return safeCall(() => this.api.LMSCommit('')) === 'true';
  }

  finish(report: TrackingReport): void {
    if (this.ended) return;
    this.ended = true;
    this.write(report);
    safeCall(() => this.api.LMSFinish(''));
  }
}
