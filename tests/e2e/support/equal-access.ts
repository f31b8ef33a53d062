// IBM Equal Access (accessibility-checker-engine) in the course's frame, beside axe-core: a second engine with
// other rules (landmarks, names of regions and asides, skip-link targets). Like axe it is evaluated through
// the DevTools protocol, which the course's CSP does not govern.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { repoRoot } from '../../support/fixtures';

const engineSource = readFileSync(resolve(repoRoot, 'node_modules/accessibility-checker-engine/ace.js'), 'utf8');

/** IBM's own rule set: WCAG 2.2 A/AA plus IBM's requirements (landmarks, unique names), the strictest it has. */
export const EQUAL_ACCESS_POLICY = 'IBM_Accessibility';

/** Rules judged false positives here, each with the reason. Listed once; nothing else is excluded. */
export const EQUAL_ACCESS_FALSE_POSITIVES: Readonly<Record<string, string>> = {
  // Reports "content not in a landmark" for the skip link. A skip link is the first thing on the page, before
  // the header, by design (WCAG technique G1); placing it inside a landmark would make it unreachable before
  // the landmarks it skips. axe's `region` rule exempts skip links for this reason.
  aria_content_in_landmark: 'the skip link sits before every landmark by design (WCAG G1); axe `region` exempts it',
};

interface EngineResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  message: string;
  snippet: string;
  path: { dom: string };
}

/** Runs the engine on the frame's document; one line per violation (a rule that fails, not one asking for
 *  review), without the false positives above, except where a result is not the skip link. */
export async function equalAccessViolations(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => 'ace' in window))) await frame.evaluate(engineSource);
  const results = await frame.evaluate(async (policy) => {
    const engine = (window as unknown as { ace: { Checker: new () => { check(doc: Document, policies: string[]): Promise<{ results: EngineResult[] }> } } }).ace;
    const report = await new engine.Checker().check(document, [policy]);
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
      .map((r) => ({ ruleId: r.ruleId, reasonId: r.reasonId, value: r.value, message: r.message, snippet: r.snippet, path: { dom: r.path.dom } }));
  }, EQUAL_ACCESS_POLICY);
  return results
    .filter((r) => !isAllowedFalsePositive(r))
    .map((r) => `${r.ruleId} (${r.reasonId}) at ${r.path.dom}: ${r.message} — ${r.snippet.slice(0, 120)}`);
}

function isAllowedFalsePositive(result: EngineResult): boolean {
  return result.ruleId in EQUAL_ACCESS_FALSE_POSITIVES && /class="skip-link"/.test(result.snippet);
}
