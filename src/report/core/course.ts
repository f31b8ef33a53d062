// What the report needs to know about the course. The page has it built in (scripts/report-page reads the course
// files at build time); the CLI reads the same files on every run. Nothing here is copied by hand.

export interface Role {
  /** The role id of course/roles.yaml. */
  id: string;
  /** The single character SCORM 1.2 records. */
  code: string;
  label: string;
}

export interface CourseFacts {
  title: string;
  roles: readonly Role[];
  /** Percent at or above which a score passes; null when the course sets none. */
  masteryScore: number | null;
  /** The course's length as computed from its content (src/content/estimate.ts), for training hours. */
  estimatedMinutes: number;
  objectives: readonly { id: string; label: string }[];
  /** Item id → the objective it assesses, for every item of every quiz (pre-test and final items among them). */
  itemObjectives: Readonly<Record<string, string>>;
  /** Evaluation item id → its statement, when the course has an evaluation. */
  evaluationItems: Readonly<Record<string, string>>;
}

/** The evaluation item that is the federal confidence measure (INTERFACES.md). */
export const CONFIDENCE_ITEM = 'confidence';

/**
 * The role an intake answer names. Three spellings reach an LMS (INTERFACES.md): the role id (`law-enforcement`,
 * xAPI and generic exports), the id with every character outside [A-Za-z0-9_.] written `_` (`law_enforcement`,
 * SCORM 2004, whose choice responses must be short identifiers), and the one-character code (`f`, SCORM 1.2).
 */
export function roleForAnswer(roles: readonly Role[], answer: string): Role | undefined {
  const wanted = answer.trim().toLowerCase();
  return roles.find(
    (role) =>
      role.id.toLowerCase() === wanted ||
      role.id.toLowerCase().replace(/[^a-z0-9_.]/g, '_') === wanted ||
      role.code.toLowerCase() === wanted,
  );
}

/** A profile field's value (a menu option's text, usually) naming a role by label, id or code. */
export function roleForProfileValue(roles: readonly Role[], value: string): Role | undefined {
  const wanted = value.trim().toLowerCase();
  return roles.find((role) => role.label.toLowerCase() === wanted) ?? roleForAnswer(roles, wanted);
}
