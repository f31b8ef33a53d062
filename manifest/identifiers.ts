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
 * The manifest identifier carries the version, so LMSs can tell a new version from a re-upload. The
 * organization, item and resource identifiers carry only the course id: LMSs such as Moodle keep learners'
 * records across a package update only for items whose identifier is unchanged, so a new version must not
 * rename them.
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
    organization: `${courseId}-org`,
    item: `${courseId}-item`,
    resource: `${courseId}-sco`,
  };
}
