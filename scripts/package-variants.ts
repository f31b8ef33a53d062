// What makes each package variant what it is: which player build it carries, the descriptor file at its root
// that tells the LMS what it is (imsmanifest.xml, cmi5.xml, tincan.xml), and where its player may connect.
import { cmi5CourseStructure } from '../manifest/cmi5';
import type { LrsPackageInput, MoveOn } from '../manifest/lrs-package-input';
import { scorm12Manifest } from '../manifest/scorm12';
import { scorm2004Manifest } from '../manifest/scorm2004';
import { tincanXml } from '../manifest/tincan';
import type { ManifestInput } from '../manifest/types';
import type { Course } from '../src/content/course';

export type PackagedVariant = 'scorm12' | 'scorm2004' | 'scorm2004-3rd' | 'cmi5' | 'xapi';
export type Variant = 'web' | PackagedVariant;

export const VARIANTS: readonly Variant[] = ['web', 'scorm12', 'scorm2004', 'scorm2004-3rd', 'cmi5', 'xapi'];

/** The player build a variant carries: 'lrs' has the xAPI trackers (vite.config.ts), 'web' does not. */
export function playerBuild(variant: Variant): 'web' | 'lrs' {
  return variant === 'cmi5' || variant === 'xapi' ? 'lrs' : 'web';
}

function lrsPackageInput(course: Course, launch: string): LrsPackageInput {
  if (!course.activityId) {
    throw new Error(
      "course/course.yaml has no activityId: cmi5 and xAPI packages need the course's IRI (e.g. https://your.org/courses/m5)",
    );
  }
  const masteryScore = course.masteryScore ?? undefined;
  const moveOn: MoveOn = course.moveOn ?? (masteryScore === undefined ? 'Completed' : 'CompletedAndPassed');
  return {
    activityId: course.activityId,
    title: course.title,
    description: course.description,
    language: course.language,
    masteryScore,
    moveOn,
    launch,
    objectives: course.objectives.map(({ id, title }) => ({ id, title })),
  };
}

/** File name → text, written at the package root; their names are not in `input.files`. */
export function packageDescriptors(variant: PackagedVariant, course: Course, input: ManifestInput): Record<string, string> {
  switch (variant) {
    case 'scorm12':
      return { 'imsmanifest.xml': scorm12Manifest(input) };
    case 'scorm2004':
      return { 'imsmanifest.xml': scorm2004Manifest(input, '4th') };
    case 'scorm2004-3rd':
      return { 'imsmanifest.xml': scorm2004Manifest(input, '3rd') };
    case 'cmi5':
      return { 'cmi5.xml': cmi5CourseStructure(lrsPackageInput(course, input.launch)) };
    case 'xapi':
      return { 'tincan.xml': tincanXml(lrsPackageInput(course, input.launch)) };
  }
}

/**
 * index.html forbids every connection (connect-src 'none'): SCORM talks to the LMS through a JavaScript object.
 * cmi5 and xAPI talk HTTP to an LRS that the LMS names only at launch, so those packages may connect anywhere.
 */
export function withConnectSources(variant: Variant, html: string): string {
  if (playerBuild(variant) !== 'lrs') return html;
  const opened = html.replace("connect-src 'none'", 'connect-src http: https:');
  if (opened === html) throw new Error("index.html's Content-Security-Policy has no connect-src 'none' to open for the LRS");
  return opened;
}
