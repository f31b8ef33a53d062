import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** scorm2004 is the 4th edition; scorm2004_3rd the 3rd, which Cornerstone and Docebo take. */
export type ScormVersion = 'scorm12' | 'scorm2004' | 'scorm2004_3rd';

export interface ManifestValidation {
  ok: boolean;
  /** xmllint's exit code: 0 valid, 1 not well-formed, 3 invalid, 5 schema did not compile. */
  exitCode: number;
  /** xmllint's output without the known harmless schema-loading noise. */
  messages: string;
}

/** Wrapper schema + Schematron rules per version, as documented in manifest/schemas/scorm/VALIDATE.md. */
const SCHEMA_FILES: Record<ScormVersion, { schema: string; rules: string }> = {
  scorm12: { schema: 'scorm12_all.xsd', rules: 'scorm12_rules.sch' },
  scorm2004: { schema: 'scorm2004_4th_all.xsd', rules: 'scorm2004_4th_rules.sch' },
  scorm2004_3rd: { schema: 'scorm2004_3rd_all.xsd', rules: 'scorm2004_3rd_rules.sch' },
};

/** The official schemas kept in the repository (manifest/schemas/scorm), unless SCORM_XSD_DIR points elsewhere. */
export function schemaDirectory(): string {
  const override = process.env.SCORM_XSD_DIR;
  // Not `new URL('./schemas/scorm/', import.meta.url)`: Vite rewrites that pattern into a web asset URL
  // (http://localhost:3000/...) when tests run in the browser-like jsdom environment.
  return override ? resolve(override) : resolve(dirname(fileURLToPath(import.meta.url)), 'schemas/scorm');
}

/**
 * The official 1.2 ims_xml.xsd binds the default namespace to the XML namespace; libxml2 reports it as an error
 * (plus two context lines) yet compiles the schema. The 2004 wrapper deliberately pre-imports xml.xsd, so libxml2
 * warns that it skips the networked import.
 */
function withoutKnownNoise(output: string): string {
  const kept: string[] = [];
  const lines = output.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/ims_xml\.xsd:\d+: namespace error : xml namespace URI cannot be the default namespace/.test(line)) {
      index += 2; // its echo of the offending source line and the caret line under it
    } else if (!line.includes("Skipping import of schema located at 'http://www.w3.org/2001/xml.xsd'")) {
      kept.push(line);
    }
  }
  return kept.join('\n').trim();
}

/** Validates manifest text offline against the official SCORM XSDs plus the local Schematron rules. */
export function validateManifest(xmlText: string, version: ScormVersion): ManifestValidation {
  const directory = schemaDirectory();
  const { schema, rules } = SCHEMA_FILES[version];
  for (const file of [schema, rules]) {
    // A missing schema makes xmllint fail with exit 5, which would pass for "invalid" in negative tests.
    if (!existsSync(join(directory, file))) {
      throw new Error(`SCORM schema file ${join(directory, file)} not found; set SCORM_XSD_DIR to the scorm-xsd folder`);
    }
  }

  const result = runXmllint('imsmanifest.xml', xmlText, ['--schema', schema, '--schematron', rules], directory);
  return { ok: result.exitCode === 0, exitCode: result.exitCode, messages: withoutKnownNoise(result.output) };
}

/** The cmi5 course structure schema kept in the repository (manifest/schemas/cmi5). */
const CMI5_SCHEMA = resolve(dirname(fileURLToPath(import.meta.url)), 'schemas/cmi5/CourseStructure.xsd');

/** Validates cmi5.xml text offline against the cmi5 CourseStructure.xsd. */
export function validateCourseStructure(xmlText: string): ManifestValidation {
  const result = runXmllint('cmi5.xml', xmlText, ['--schema', CMI5_SCHEMA], dirname(CMI5_SCHEMA));
  return { ok: result.exitCode === 0, exitCode: result.exitCode, messages: result.output.trim() };
}

/** Runs xmllint offline on the text saved as `fileName` in a temporary folder; messages name the file, not the folder. */
function runXmllint(fileName: string, xmlText: string, args: string[], cwd: string): { exitCode: number; output: string } {
  const workDirectory = mkdtempSync(join(tmpdir(), 'xml-validation-'));
  try {
    const path = join(workDirectory, fileName);
    writeFileSync(path, xmlText, 'utf8');
    const result = spawnSync('xmllint', ['--nonet', '--noout', ...args, path], { cwd, encoding: 'utf8' });
    if (result.error) {
      if ('code' in result.error && result.error.code === 'ENOENT') {
        throw new Error("xmllint not found: install Debian's libxml2-utils (apt-get install -y libxml2-utils)");
      }
      throw result.error;
    }
    if (result.status === null) throw new Error(`xmllint was killed by ${result.signal ?? 'a signal'}`);
    return { exitCode: result.status, output: `${result.stdout}${result.stderr}`.replaceAll(path, fileName) };
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}
