// The course's own State API document (stateId "course-state"): the saved state that resume needs, the status
// the LMS's reports would show, and what this registration has already recorded (so completed and passed go
// once per registration, across sessions). Read defensively: anything malformed counts as no document.
import type { LmsRecord, TrackingReport } from '../../core/tracker';
import type { Agent } from './types';
import type { LaunchMode, RegistrationFacts } from './verdicts';

export interface CourseStateDocument extends RegistrationFacts {
  suspendData: string;
  completion: TrackingReport['completion'];
  success: TrackingReport['success'];
  scorePercent: number | null;
}

export function courseStateDocument(report: TrackingReport, facts: RegistrationFacts): CourseStateDocument {
  return {
    suspendData: report.suspendData,
    completion: report.completion,
    success: report.success,
    scorePercent: report.scorePercent,
    ...facts,
  };
}

export function parseCourseState(value: unknown): CourseStateDocument | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.suspendData !== 'string') return null;
  return {
    suspendData: v.suspendData,
    completion: v.completion === 'completed' ? 'completed' : 'incomplete',
    success: v.success === 'passed' || v.success === 'failed' ? v.success : 'unknown',
    scorePercent: typeof v.scorePercent === 'number' ? v.scorePercent : null,
    completed: v.completed === true,
    passed: v.passed === true,
  };
}

/** The learner's identity as the LRS knows it, which keeps their notes on this device apart from others'. */
function learnerIdOf(actor: Agent): string {
  return actor.account ? `${actor.account.homePage}|${actor.account.name}` : (actor.mbox ?? actor.mbox_sha1sum ?? actor.openid ?? '');
}

/**
 * cmi5's pass mark replaces the course's through the index (launch.ts), so it is not repeated here. A launch in
 * Browse or Review mode records nothing (cmi5 10.2.2), which the course tells the learner as SCORM's review mode.
 */
export function recordFrom(document: CourseStateDocument | null, actor: Agent, mode: LaunchMode): LmsRecord {
  return {
    resumed: document !== null && document.suspendData !== '',
    suspendData: document?.suspendData ?? '',
    completion: document?.completion ?? 'not attempted',
    success: document?.success ?? 'unknown',
    scorePercent: document?.scorePercent ?? null,
    learnerName: actor.name ?? '',
    learnerId: learnerIdOf(actor),
    reviewOnly: mode !== 'Normal',
    passMarkPercent: null,
  };
}
