// What a learner has done, keyed by stable content ids. Everything else (progress, status, score) is derived.
export interface FinalAttempt {
  /** 1-based number of this attempt. */
  number: number;
  /** Seeds the draw and the option order, so a resumed attempt shows the same questions in the same order. */
  seed: number;
  /** Drawn item ids, in the order shown. */
  items: string[];
  answers: Record<string, string>;
  /** Percent score once submitted. */
  score: number | null;
}

export interface LearnerState {
  /** The page the learner is on; null before they start (the welcome screen). */
  location: string | null;
  visited: string[];
  /** Activities finished: reflections whose model answer was shown, sorts checked, scenarios played… */
  done: string[];
  /** Latest answer to each knowledge check and checkpoint item (practice, unlimited tries). */
  answers: Record<string, string>;
  /** Final assessment attempts, oldest first. */
  attempts: FinalAttempt[];
  /** The intake answer (a role id), or null when not given. */
  role: string | null;
  /**
   * The calendar day the learner first met the course's rule for a certificate (see certificateEarned), as days
   * since 1970-01-01 in the learner's time zone; null until then. The certificate is dated with it, however
   * much later it is reprinted.
   */
  finishedOn: number | null;
  /** This learner's order of practice options, matching answers, sort items and scenario choices (see shuffle.ts);
   *  null until the session's first launch sets it. */
  shuffleSeed: number | null;
  /** The knowledge pre-test; null while it has not been opened. */
  pretest: PretestState | null;
  /** The end-of-course evaluation as submitted: statement id → "1".."5"; null while not given. */
  evaluation: Record<string, string> | null;
}

export interface PretestState {
  answers: Record<string, string>;
  /** Submitted or skipped: the answers are final and have been reported. */
  finished: boolean;
}

export const initialState: LearnerState = {
  location: null,
  visited: [],
  done: [],
  answers: {},
  attempts: [],
  role: null,
  shuffleSeed: null,
  pretest: null,
  evaluation: null,
  finishedOn: null,
};
