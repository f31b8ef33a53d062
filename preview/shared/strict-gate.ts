// The strict LMS as a gate in front of scorm-again, shared by the preview harness (browser) and the unit
// tests' LMS (Node): it follows the session (rules apply only between Initialize and Terminate, where a
// real LMS would judge the value) and decides, per call, whether to refuse it before scorm-again sees it.
import type { ApiRole } from './api-methods';
import type { ScormVersion } from './lms-types';
import { checkGetValue, checkSetValue, type DataModelView, type Refusal } from './strict-rules';

export interface GatePolicy {
  /** Apply Moodle's and the specs' rules (strict-rules.ts); false is plain scorm-again. */
  strict: boolean;
  /** Refuse interaction index N and above, as an LMS with a cap does. */
  maxInteractions?: number;
  /** Refuse SetValue of elements matching this, `times` times or always. */
  refuse?: { pattern: RegExp; times?: number };
}

export interface GateRefusal extends Refusal {
  /** Which part of the policy refused: the rules, the interaction cap, or the injected refusal. */
  by: 'strict' | 'maxInteractions' | 'refuse';
}

export interface SetValueGate {
  /** The refusal for this call, or null to pass it on. */
  check(role: ApiRole, args: readonly unknown[]): GateRefusal | null;
  /** Tells the gate what a call that went through returned, so it knows when the session is open. */
  observe(role: ApiRole, result: string): void;
}

// What an LMS that ran out of room, or refused for its own reasons, answers: a general set failure.
const POLICY_ERROR: Record<ScormVersion, { maxInteractions: string; refuse: string }> = {
  '12': { maxInteractions: '201', refuse: '101' },
  '2004': { maxInteractions: '351', refuse: '351' },
};

export const DEFAULT_POLICY: GatePolicy = { strict: true };

export function createSetValueGate(version: ScormVersion, policy: GatePolicy, model: DataModelView): SetValueGate {
  let open = false;
  let refusalsLeft = policy.refuse?.times ?? Number.POSITIVE_INFINITY;

  function checkSet(element: string, value: string): GateRefusal | null {
    if (policy.refuse && refusalsLeft > 0 && policy.refuse.pattern.test(element)) {
      refusalsLeft -= 1;
      return { by: 'refuse', code: POLICY_ERROR[version].refuse, reason: `refused on purpose (refuse=${policy.refuse.pattern.source})` };
    }
    const interaction = /^cmi\.interactions\.(\d+)\./.exec(element);
    if (policy.maxInteractions !== undefined && interaction && Number(interaction[1]) >= policy.maxInteractions) {
      return {
        by: 'maxInteractions',
        code: POLICY_ERROR[version].maxInteractions,
        reason: `this LMS keeps at most ${policy.maxInteractions} interactions (maxInteractions)`,
      };
    }
    if (!policy.strict) return null;
    const refusal = checkSetValue(version, element, value, model);
    return refusal && { by: 'strict', ...refusal };
  }

  return {
    check(role, args) {
      if (!open) return null;
      if (role === 'setValue') return checkSet(String(args[0]), String(args[1]));
      if (role === 'getValue' && policy.strict) {
        const refusal = checkGetValue(version, String(args[0]));
        return refusal && { by: 'strict', ...refusal };
      }
      return null;
    },
    observe(role, result) {
      if (role === 'initialize' && result === 'true') open = true;
      if (role === 'terminate' && result === 'true') open = false;
    },
  };
}
