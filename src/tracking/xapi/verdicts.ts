// Which cmi5 defined statements a report calls for (cmi5 spec 9.3 and 10.2.2):
// - in Browse or Review mode none: only initialized and terminated are sent;
// - completed at most once per registration, passed at most once per registration;
// - at most one of passed and failed per session, and never failed after passed. So a failed attempt is reported
//   only when no retake is left or the session ends: a learner who fails and then passes in the same session
//   gets one passed statement, as the specification allows.
import type { TrackingReport } from '../../core/tracker';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type Verdict = 'completed' | 'passed' | 'failed';

/** What this registration has already recorded; kept in the course's State API document across sessions. */
export interface RegistrationFacts {
  completed: boolean;
  passed: boolean;
}

export class SessionVerdicts {
  private judged = false;
  private readonly facts: RegistrationFacts;

  constructor(
    facts: RegistrationFacts,
    private readonly mode: LaunchMode,
  ) {
    this.facts = { ...facts };
  }

  /** The verdicts to send for this report, in order; `ending` when it is the session's last report. */
  next(report: Pick<TrackingReport, 'completion' | 'success' | 'retakeAllowed'>, ending: boolean): Verdict[] {
    if (this.mode !== 'Normal') return [];
    const verdicts: Verdict[] = [];
    if (report.success === 'passed' && !this.facts.passed && !this.judged) {
      verdicts.push('passed');
      this.facts.passed = true;
      this.judged = true;
    } else if (report.success === 'failed' && !this.facts.passed && !this.judged && (!report.retakeAllowed || ending)) {
      verdicts.push('failed');
      this.judged = true;
    }
    if (report.completion === 'completed' && !this.facts.completed) {
      verdicts.push('completed');
      this.facts.completed = true;
    }
    return verdicts;
  }

  recorded(): RegistrationFacts {
    return { ...this.facts };
  }
}
