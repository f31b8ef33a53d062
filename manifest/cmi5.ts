// cmi5.xml, the course structure file at the root of a cmi5 package (cmi5 spec section 13): one course, one
// assignable unit (the player), the course's objectives, and moveOn and masteryScore from course.yaml.
import { assertMasteryScore } from './input-checks';
import { assertPackageFiles, fileHref } from './package-files';
import { auIri, childIri, type LrsPackageInput } from './lrs-package-input';
import { escapeXml, indentLines } from './xml';

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

function text(element: string, language: string, value: string): string[] {
  return [`<${element}>`, `  <langstring lang="${escapeXml(language)}">${escapeXml(value)}</langstring>`, `</${element}>`];
}

export function cmi5CourseStructure(input: LrsPackageInput): string {
  assertPackageFiles([input.launch], input.launch);
  const { masteryScore, moveOn } = input;
  assertMasteryScore(masteryScore);
  // A moveOn that needs a pass makes no sense for a course that cannot be passed: the LMS would wait forever.
  if (masteryScore === undefined && (moveOn === 'Passed' || moveOn === 'CompletedAndPassed')) {
    throw new Error(`moveOn "${moveOn}" needs a mastery score: the course can only be completed`);
  }
  const objectiveIri = (id: string) => childIri(input.activityId, 'objectives', id);
  const auAttributes = [
    `id="${escapeXml(auIri(input))}"`,
    `moveOn="${moveOn}"`,
    ...(masteryScore === undefined ? [] : [`masteryScore="${masteryScore / 100}"`]),
    'launchMethod="AnyWindow"',
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `  <course id="${escapeXml(input.activityId)}">`,
    ...indentLines(text('title', input.language, input.title), 2),
    ...indentLines(text('description', input.language, input.description), 2),
    '  </course>',
    '  <objectives>',
    ...input.objectives.flatMap((objective) => [
      `    <objective id="${escapeXml(objectiveIri(objective.id))}">`,
      ...indentLines(text('title', input.language, objective.title), 3),
      ...indentLines(text('description', input.language, objective.title), 3),
      '    </objective>',
    ]),
    '  </objectives>',
    `  <au ${auAttributes.join(' ')}>`,
    ...indentLines(text('title', input.language, input.title), 2),
    ...indentLines(text('description', input.language, input.description), 2),
    '    <objectives>',
    ...input.objectives.map((objective) => `      <objective idref="${escapeXml(objectiveIri(objective.id))}"/>`),
    '    </objectives>',
    `    <url>${escapeXml(fileHref(input.launch))}</url>`,
    '  </au>',
    '</courseStructure>',
    '',
  ].join('\n');
}
