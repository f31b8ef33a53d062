/** Course metadata from which both SCORM manifests are generated. */
export interface ManifestInput {
  /** NCName-safe slug, e.g. "dow-m5-collaboration"; every manifest identifier starts with it. */
  courseId: string;
  /** e.g. "1.0.0" */
  version: string;
  title: string;
  description: string;
  /** BCP 47 tag, e.g. "en-US" */
  language: string;
  estimatedMinutes: number;
  /** Whole percent 0–100; undefined = no mastery, the course is tracked by completion only. */
  masteryScore?: number;
  /** The course's learning objectives; ids must stay stable across versions because LMS reports key on them. */
  objectives: { id: string; title: string }[];
  /** Relative path of the launch file, e.g. "index.html". */
  launch: string;
  /** Every file in the package (relative POSIX paths, excluding imsmanifest.xml itself), sorted. */
  files: string[];
}
