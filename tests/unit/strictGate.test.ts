// The strict gate over scorm-again (preview/shared/strict-gate.ts), as the unit tests' LMS uses it
// (tests/support/scormLms.ts): strict by default, lenient on request, plus the interaction cap and
// injected refusals; a refused SetValue returns "false" and GetLastError gives its code.
import { describe, expect, it } from 'vitest';
import { errorsIn, scorm12Lms, scorm2004Lms } from '../support/scormLms';

function startedChoice(policy = {}) {
  const run = scorm2004Lms({}, policy);
  run.api.Initialize('');
  run.api.SetValue('cmi.interactions.0.id', 'intake.role');
  run.api.SetValue('cmi.interactions.0.type', 'choice');
  return run;
}

describe('the unit tests’ LMS', () => {
  it('is strict by default: a hyphenated SCORM 2004 choice response is refused with 406', () => {
    const { api, calls } = startedChoice();
    expect(api.SetValue('cmi.interactions.0.learner_response', 'law-enforcement')).toBe('false');
    expect(api.GetLastError()).toBe('406');
    expect(errorsIn(calls)).toEqual([
      expect.objectContaining({
        args: ['cmi.interactions.0.learner_response', 'law-enforcement'],
        error: '406',
        refused: expect.stringMatching(/^strict: .*CMIShortIdentifier/),
      }),
    ]);
    expect(api.SetValue('cmi.interactions.0.learner_response', 'law_enforcement')).toBe('true');
    expect(api.GetValue('cmi.interactions.0.learner_response')).toBe('law_enforcement');
  });

  it('is plain scorm-again with strict: false', () => {
    const { api } = startedChoice({ strict: false });
    expect(api.SetValue('cmi.interactions.0.learner_response', 'law-enforcement')).toBe('true');
  });

  it('refuses a SCORM 1.2 suspend_data over 4096 characters, which scorm-again lets through', () => {
    const strict = scorm12Lms();
    strict.api.LMSInitialize('');
    expect(strict.api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097))).toBe('false');
    expect(strict.api.LMSGetLastError()).toBe('405');
    const lenient = scorm12Lms({}, { strict: false });
    lenient.api.LMSInitialize('');
    expect(lenient.api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097))).toBe('true');
  });

  it('looks at the data model without disturbing the error the SCO will read', () => {
    const { api } = startedChoice();
    expect(api.SetValue('cmi.interactions.5.id', 'q6')).toBe('false');
    expect(api.GetLastError()).toBe('351');
    expect(api.GetValue('cmi.interactions._count')).toBe('1');
  });

  it('leaves calls before Initialize to scorm-again', () => {
    const { api } = scorm2004Lms();
    expect(api.SetValue('cmi.interactions.0.learner_response', 'law-enforcement')).toBe('false');
    expect(api.GetLastError()).toBe('132');
  });

  it('maxInteractions refuses index N and above, in both versions', () => {
    const { api } = startedChoice({ maxInteractions: 1 });
    expect(api.SetValue('cmi.interactions.0.learner_response', 'a')).toBe('true');
    expect(api.SetValue('cmi.interactions.1.id', 'q2')).toBe('false');
    expect(api.GetLastError()).toBe('351');
    const old = scorm12Lms({}, { maxInteractions: 0 });
    old.api.LMSInitialize('');
    expect(old.api.LMSSetValue('cmi.interactions.0.id', 'q1')).toBe('false');
    expect(old.api.LMSGetLastError()).toBe('201');
  });

  it('refuse with times refuses the matching elements that many times, then lets them through', () => {
    const { api, calls } = startedChoice({ refuse: { pattern: /^cmi\.location$/, times: 2 } });
    expect(api.SetValue('cmi.location', 'p1')).toBe('false');
    expect(api.SetValue('cmi.location', 'p1')).toBe('false');
    expect(api.SetValue('cmi.location', 'p1')).toBe('true');
    expect(api.SetValue('cmi.suspend_data', 'x')).toBe('true');
    expect(errorsIn(calls).map((call) => call.refused)).toEqual([expect.stringMatching(/^refuse:/), expect.stringMatching(/^refuse:/)]);
  });
});
