/** Paths an LMS cannot resolve inside the zip: absolute, Windows-style, drive-letter or escaping the package root. */
function packagePathProblem(path: string): string | undefined {
  if (path === '') return 'is empty';
  if (path.includes('\\')) return 'contains a backslash (use POSIX "/" separators)';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  if (path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return 'has an empty, "." or ".." segment';
  }
  if (path === 'imsmanifest.xml') return 'is the manifest itself, which must not list itself';
  return undefined;
}

/** Throws unless every file is a clean package-relative path, listed once, and the launch file is among them. */
export function assertPackageFiles(files: readonly string[], launch: string): void {
  const problems = files.flatMap((path) => {
    const problem = packagePathProblem(path);
    return problem === undefined ? [] : [`"${path}" ${problem}`];
  });
  const duplicates = files.filter((path, index) => files.indexOf(path) !== index);
  problems.push(...duplicates.map((path) => `"${path}" is listed more than once`));
  if (!files.includes(launch)) problems.push(`launch file "${launch}" is not among the package files`);
  if (problems.length > 0) throw new Error(`Invalid package file list:\n- ${problems.join('\n- ')}`);
}

/**
 * href is an xs:anyURI resolved as a URL by the LMS, so each path segment is percent-encoded
 * (a space or "#" in a file name would otherwise break the launch); "/" separators are kept.
 */
export function fileHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
