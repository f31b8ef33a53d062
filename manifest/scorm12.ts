import { contentPackageXml, XSI_NAMESPACE } from './content-package';
import type { ManifestInput } from './types';
import { escapeXml } from './xml';

const IMSCP_NAMESPACE = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP_NAMESPACE = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const IMSMD_NAMESPACE = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';

function lomLines(input: ManifestInput): string[] {
  const language = escapeXml(input.language);
  return [
    '<imsmd:lom>',
    '  <imsmd:general>',
    `    <imsmd:title><imsmd:langstring xml:lang="${language}">${escapeXml(input.title)}</imsmd:langstring></imsmd:title>`,
    `    <imsmd:language>${language}</imsmd:language>`,
    `    <imsmd:description><imsmd:langstring xml:lang="${language}">${escapeXml(input.description)}</imsmd:langstring></imsmd:description>`,
    '  </imsmd:general>',
    // The course's estimated time, computed from its content, as an ISO 8601 duration (as in the 2004 manifest).
    '  <imsmd:educational>',
    `    <imsmd:typicallearningtime><imsmd:datetime>PT${input.estimatedMinutes}M</imsmd:datetime></imsmd:typicallearningtime>`,
    '  </imsmd:educational>',
    '</imsmd:lom>',
  ];
}

/** SCORM 1.2 imsmanifest.xml. Learning objectives have no manifest representation in 1.2 (only cmi.objectives at run time). */
export function scorm12Manifest(input: ManifestInput): string {
  return contentPackageXml(input, {
    namespaces: { '': IMSCP_NAMESPACE, adlcp: ADLCP_NAMESPACE, imsmd: IMSMD_NAMESPACE, xsi: XSI_NAMESPACE },
    schemaLocations: {
      [IMSCP_NAMESPACE]: 'imscp_rootv1p1p2.xsd',
      [IMSMD_NAMESPACE]: 'imsmd_rootv1p2p1.xsd',
      [ADLCP_NAMESPACE]: 'adlcp_rootv1p2.xsd',
    },
    schemaversion: '1.2',
    lom: lomLines(input),
    // Without a mastery score the LMS leaves lesson_status to the SCO, i.e. completion-only tracking.
    itemExtensions: input.masteryScore === undefined ? [] : [`<adlcp:masteryscore>${input.masteryScore}</adlcp:masteryscore>`],
    organizationExtensions: [],
    scormTypeAttribute: 'adlcp:scormtype',
  });
}
