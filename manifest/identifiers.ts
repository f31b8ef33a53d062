/**
 * ASCII subset of the XML NCName production. Manifest identifiers are xs:ID in both content-packaging
 * schemas, so they must match it: no leading digit, no spaces, no colons.
 */
const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export interface ManifestIdentifiers {
  manifest: string;
  organization: string;
  item: string;
  resource: string;
}

/**
 * Derives every identifier from course id + version, so a new course version gets a new manifest identifier
 * (LMSs use it to tell a new version from a re-upload) while staying recognisable as the same course.
 */
export function manifestIdentifiers(courseId: string, version: string): ManifestIdentifiers {
  const manifest = `${courseId}-${version}`;
  if (!NCNAME.test(manifest)) {
    throw new Error(
      `Manifest identifier "${manifest}" is not a valid xs:ID: courseId must start with a letter or "_", ` +
        'and courseId/version may only contain ASCII letters, digits, ".", "-" and "_".',
    );
  }
  return {
    manifest,
    organization: `${manifest}-org`,
    item: `${manifest}-item`,
    resource: `${manifest}-sco`,
  };
}
