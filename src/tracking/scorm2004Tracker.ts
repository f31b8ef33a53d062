// SCORM 2004 adapter, 3rd and 4th edition: the 2004 data model and its formats. The elements written here exist
// in both editions (the 4th added shared data stores adl.data, the jump and suspendAll navigation requests and a
// larger suspend_data, none of which the course uses); what differs is the suspend_data limit below.
import type { Scorm2004Edition } from '../../manifest/scorm2004';
import type { InteractionRecord, LmsRecord, TrackingReport } from '../core/tracker';
import { safeCall } from './cmiWriter';
import { responsePattern as response } from './responsePattern';
import { ScormTracker } from './scormTracker';
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
      getValue: (element) => safeCall(() => api.GetValue(element)),
      lastError: () => safeCall(() => api.GetLastError()),
    });
  }

  protected readRecord(): LmsRecord {
    // suspend_data is unset on a first launch, and reading an unset element is an error (403).
    const resumed = this.writer.get('cmi.entry') === 'resume';
    const completion = this.writer.get('cmi.completion_status');
    const success = this.writer.get('cmi.success_status');
    return {
      resumed,
      suspendData: resumed ? this.writer.get('cmi.suspend_data') : '',
      completion: completion === 'completed' || completion === 'incomplete' || completion === 'not attempted' ? completion : 'unknown',
      success: success === 'passed' || success === 'failed' ? success : 'unknown',
      scorePercent: null,
      learnerName: this.writer.get('cmi.learner_name'),
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

  protected writeInteraction(prefix: string, interaction: InteractionRecord): boolean {
    const w = this.writer;
    w.setOnce(`${prefix}.id`, interaction.id);
    w.setOnce(`${prefix}.type`, interaction.type);
    if (interaction.objectiveId) w.setOnce(`${prefix}.objectives.0.id`, interaction.objectiveId);
    w.setOnce(`${prefix}.timestamp`, isoTimestamp(interaction.timestamp));
    if (interaction.correct) w.setOnce(`${prefix}.correct_responses.0.pattern`, response(interaction.correct));
    w.setOnce(`${prefix}.learner_response`, response(interaction.response));
    w.setOnce(`${prefix}.result`, interaction.result);
    if (interaction.latencyMs !== null) w.setOnce(`${prefix}.latency`, isoDuration(interaction.latencyMs));
    w.setOnce(`${prefix}.description`, interaction.description);
    return true;
  }
}
