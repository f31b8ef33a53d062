// The audit every end-to-end test can run over the API call log: the course used the API the way
// an LMS expects, so it will not lose data or trip a stricter LMS than the preview.
import { roleOf } from '../../../preview/shared/api-methods';
import type { ApiCall, ScormVersion } from '../../../preview/shared/lms-types';

// SCORM 1.2 limits that scorm-again does not enforce (the course must): CMIString4096 for
// suspend_data, CMIString255 for lesson_location, CMIIdentifier/CMIFeedback (255) in interactions.
const SCORM12_LIMITS: ReadonlyArray<{ element: RegExp; max: number }> = [
  { element: /^cmi\.suspend_data$/, max: 4096 },
  { element: /^cmi\.core\.lesson_location$/, max: 255 },
  { element: /^cmi\.interactions\.\d+\.(id|student_response)$/, max: 255 },
];

// These report on the previous call; a non-zero code from them repeats an error already counted.
const ERROR_QUERIES = new Set(['getLastError', 'getErrorString', 'getDiagnostic']);

/** Throws one error listing every problem found, or returns quietly. */
export function assertCleanRun(calls: readonly ApiCall[], version: ScormVersion): void {
  const problems = findProblems(calls, version);
  if (problems.length > 0) {
    throw new Error(`The course's API use is not clean (SCORM ${version}):\n- ${problems.join('\n- ')}`);
  }
}

function findProblems(calls: readonly ApiCall[], version: ScormVersion): string[] {
  const problems: string[] = [];
  const roles = calls.map((call) => roleOf(version, call.method));
  const firstInitialize = roles.indexOf('initialize');
  const firstTerminate = roles.indexOf('terminate');
  const terminations = roles.filter((role) => role === 'terminate').length;

  calls.forEach((call, index) => {
    const role = roles[index];
    const where = `call ${index + 1} ${call.method}(${call.args.map(describeArgument).join(', ')})`;
    if (role === undefined) problems.push(`${where}: not a SCORM ${version} API function`);
    if (call.threw) problems.push(`${where} threw: ${call.threw}`);
    if (call.errorCode !== '0' && !ERROR_QUERIES.has(role ?? '')) problems.push(`${where} left error ${call.errorCode}`);
    if (firstInitialize === -1 || index < firstInitialize) problems.push(`${where} came before Initialize`);
    if (firstTerminate !== -1 && index > firstTerminate) problems.push(`${where} came after Terminate`);
    if (version === '12' && role === 'setValue') problems.push(...scorm12LimitProblems(call, where));
  });
  if (terminations > 1) problems.push(`Terminate was called ${terminations} times`);
  return problems;
}

function scorm12LimitProblems(call: ApiCall, where: string): string[] {
  const [element, value] = call.args;
  if (typeof element !== 'string' || typeof value !== 'string') return [];
  return SCORM12_LIMITS.filter((limit) => limit.element.test(element) && value.length > limit.max).map(
    (limit) => `${where}: ${value.length} characters, over the SCORM 1.2 limit of ${limit.max}`,
  );
}

function describeArgument(arg: unknown): string {
  const text = JSON.stringify(arg) ?? String(arg);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
