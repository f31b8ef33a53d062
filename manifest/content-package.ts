import { manifestIdentifiers } from './identifiers';
import { assertValidManifestInput } from './input-checks';
import { fileHref } from './package-files';
import type { ManifestInput } from './types';
import { escapeXml, indentLines } from './xml';

export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** What differs between SCORM 1.2 and 2004 around the shared IMS content-packaging skeleton. */
export interface ScormFlavour {
  /** Prefix ("" for the default namespace) → namespace URI, declared on <manifest>. */
  namespaces: Record<string, string>;
  /** Namespace URI → schema file name, written to xsi:schemaLocation. */
  schemaLocations: Record<string, string>;
  schemaversion: string;
  /** Inline learning-object metadata placed after <schemaversion>. */
  lom: string[];
  /** Placed in the item after its title: 1.2 mastery score, 2004 sequencing. */
  itemExtensions: string[];
  /** Placed in the organization after its item. */
  organizationExtensions: string[];
  /** The ADL attribute naming the resource's SCORM type; 1.2 spells it scormtype, 2004 scormType. */
  scormTypeAttribute: 'adlcp:scormtype' | 'adlcp:scormType';
}

/** Renders a single-SCO imsmanifest.xml: one organization, one item, one resource holding every file. */
export function contentPackageXml(input: ManifestInput, flavour: ScormFlavour): string {
  assertValidManifestInput(input);
  const ids = manifestIdentifiers(input.courseId, input.version);
  const title = escapeXml(input.title);
  const namespaceAttributes = Object.entries(flavour.namespaces).map(
    ([prefix, uri]) => `${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${escapeXml(uri)}"`,
  );
  const schemaLocation = Object.entries(flavour.schemaLocations)
    .map(([uri, file]) => `${uri} ${file}`)
    .join(' ');

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(ids.manifest)}" version="${escapeXml(input.version)}"`,
    ...indentLines([...namespaceAttributes, `xsi:schemaLocation="${escapeXml(schemaLocation)}">`], 2),
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${escapeXml(flavour.schemaversion)}</schemaversion>`,
    ...indentLines(flavour.lom, 2),
    '  </metadata>',
    `  <organizations default="${escapeXml(ids.organization)}">`,
    `    <organization identifier="${escapeXml(ids.organization)}">`,
    `      <title>${title}</title>`,
    `      <item identifier="${escapeXml(ids.item)}" identifierref="${escapeXml(ids.resource)}" isvisible="true">`,
    `        <title>${title}</title>`,
    ...indentLines(flavour.itemExtensions, 4),
    '      </item>',
    ...indentLines(flavour.organizationExtensions, 3),
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${escapeXml(ids.resource)}" type="webcontent" ${flavour.scormTypeAttribute}="sco" href="${escapeXml(fileHref(input.launch))}">`,
    ...input.files.map((path) => `      <file href="${escapeXml(fileHref(path))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
