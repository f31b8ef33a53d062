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

/** Rules judged false positives here, each with the reason and the one kind of element it is allowed on. Listed
 *  once; everything else counts. */
export const EQUAL_ACCESS_FALSE_POSITIVES: Readonly<Record<string, { reason: string; allowedOn: RegExp }>> = {
  // "Content is not within a landmark" for the skip link. The skip link comes first, before the header, by design
  // (WCAG technique G1): inside a landmark it would no longer come before the landmarks it lets the learner skip.
  // axe's `region` rule exempts skip links for this reason.
  aria_content_in_landmark: {
    reason: 'the skip link sits before every landmark by design (WCAG G1); axe `region` exempts it',
    allowedOn: /^<a class="skip-link" href="#main">/,
  },
  // A region that scrolls is a Tab stop, so a keyboard user can focus it and scroll it (WCAG 2.1.1; axe's
  // scrollable-region-focusable asks exactly this): the course's <main>, which scrolls between the header and the
  // page bar, and the report's wide tables in named regions. IBM wants every tabbable element to have a widget
  // role, which a scrolling region has no reason to have.
  element_tabbable_role_valid: {
    reason: "a scrolling region (the course's main, a wide table) is focusable so the keyboard can scroll it (WCAG 2.1.1), as axe requires",
    allowedOn: /^(<main tabindex="0" id="main">|<div class="table-wrap"[^>]* role="region"[^>]* tabindex="0")/,
  },
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
 *  review), without the false positives above on the elements they are allowed on. */
export async function equalAccessViolations(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => 'ace' in window))) await frame.evaluate(engineSource);
  const results = await frame.evaluate(async (policy) => {
    const engine = (
      window as unknown as {
        ace: { Checker: new () => { check(doc: Document, policies: string[]): Promise<{ results: EngineResult[] }> } };
      }
    ).ace;
    const report = await new engine.Checker().check(document, [policy]);
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
      .map((r) => ({
        ruleId: r.ruleId,
        reasonId: r.reasonId,
        value: r.value,
        message: r.message,
        snippet: r.snippet,
        path: { dom: r.path.dom },
      }));
  }, EQUAL_ACCESS_POLICY);
  return results
    .filter((r) => !isAllowedFalsePositive(r))
    .map((r) => `${r.ruleId} (${r.reasonId}) at ${r.path.dom}: ${r.message} — ${r.snippet.slice(0, 120)}`);
}

function isAllowedFalsePositive(result: EngineResult): boolean {
  return EQUAL_ACCESS_FALSE_POSITIVES[result.ruleId]?.allowedOn.test(result.snippet) ?? false;
}
