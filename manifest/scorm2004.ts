import { contentPackageXml, XSI_NAMESPACE } from './content-package';
import type { ManifestInput } from './types';
import { escapeXml } from './xml';

const IMSCP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP_NAMESPACE = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const IMSSS_NAMESPACE = 'http://www.imsglobal.org/xsd/imsss';
const LOM_NAMESPACE = 'http://ltsc.ieee.org/xsd/LOM';

/** objectiveID of the primary objective, the one whose satisfaction rolls up to the course result. */
export const PRIMARY_OBJECTIVE_ID = 'course-mastery';

function lomLines(input: ManifestInput): string[] {
  const language = escapeXml(input.language);
  return [
    `<lom xmlns="${LOM_NAMESPACE}">`,
    '  <general>',
    `    <title><string language="${language}">${escapeXml(input.title)}</string></title>`,
    `    <language>${language}</language>`,
    `    <description><string language="${language}">${escapeXml(input.description)}</string></description>`,
    '  </general>',
    '  <educational>',
    `    <typicalLearningTime><duration>PT${input.estimatedMinutes}M</duration></typicalLearningTime>`,
    '  </educational>',
    '</lom>',
  ];
}

function primaryObjectiveLines(masteryScore: number | undefined): string[] {
  // Without a mastery score the SCO alone reports success (objectiveSetByContent), so no measure threshold.
  if (masteryScore === undefined) return [`<imsss:primaryObjective objectiveID="${PRIMARY_OBJECTIVE_ID}"/>`];
  return [
    `<imsss:primaryObjective objectiveID="${PRIMARY_OBJECTIVE_ID}" satisfiedByMeasure="true">`,
    `  <imsss:minNormalizedMeasure>${masteryScore / 100}</imsss:minNormalizedMeasure>`,
    '</imsss:primaryObjective>',
  ];
}

function sequencingLines(input: ManifestInput): string[] {
  if (input.objectives.some((objective) => objective.id === PRIMARY_OBJECTIVE_ID)) {
    throw new Error(`Objective id "${PRIMARY_OBJECTIVE_ID}" is reserved for the primary objective`);
  }
  // The XSD fixes the child order of imsss:sequencing: objectives must precede deliveryControls.
  return [
    '<imsss:sequencing>',
    '  <imsss:objectives>',
    ...primaryObjectiveLines(input.masteryScore).map((line) => `    ${line}`),
    ...input.objectives.map((objective) => `    <imsss:objective objectiveID="${escapeXml(objective.id)}"/>`),
    '  </imsss:objectives>',
    '  <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
    '</imsss:sequencing>',
  ];
}

/** The two editions LMSs take: Cornerstone and Docebo read 3rd, most others 4th. */
export type Scorm2004Edition = '3rd' | '4th';

/**
 * SCORM 2004 imsmanifest.xml with one SCO whose objectives mirror the course's learning objectives. The
 * manifest uses only constructs both editions define (no shared data maps, no adlseq:objectives, no 4th-edition
 * completionThreshold attributes), so the editions differ only in the schemaversion they declare.
 */
export function scorm2004Manifest(input: ManifestInput, edition: Scorm2004Edition = '4th'): string {
  return contentPackageXml(input, {
    namespaces: { '': IMSCP_NAMESPACE, adlcp: ADLCP_NAMESPACE, imsss: IMSSS_NAMESPACE, xsi: XSI_NAMESPACE },
    schemaLocations: {
      [IMSCP_NAMESPACE]: 'imscp_v1p1.xsd',
      [ADLCP_NAMESPACE]: 'adlcp_v1p3.xsd',
      [IMSSS_NAMESPACE]: 'imsss_v1p0.xsd',
    },
    schemaversion: `2004 ${edition} Edition`,
    lom: lomLines(input),
    itemExtensions: sequencingLines(input),
    // flow="true" on the root lets the LMS's Start request deliver the SCO directly instead of waiting for a menu choice.
    organizationExtensions: ['<imsss:sequencing>', '  <imsss:controlMode choice="true" flow="true"/>', '</imsss:sequencing>'],
    scormTypeAttribute: 'adlcp:scormType',
  });
}
