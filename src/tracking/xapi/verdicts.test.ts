import { describe, expect, it } from 'vitest';
import { SessionVerdicts } from './verdicts';

const report = (completion: 'incomplete' | 'completed', success: 'unknown' | 'passed' | 'failed', retakeAllowed = false) => ({
  completion,
  success,
  retakeAllowed,
});
const fresh = { completed: false, passed: false };

describe('cmi5 verdicts', () => {
  it('sends passed and completed once per registration, in Normal mode', () => {
    const verdicts = new SessionVerdicts(fresh, 'Normal');
    expect(verdicts.next(report('incomplete', 'unknown'), false)).toEqual([]);
    expect(verdicts.next(report('incomplete', 'passed'), false)).toEqual(['passed']);
    expect(verdicts.next(report('incomplete', 'passed'), false)).toEqual([]);
    expect(verdicts.next(report('completed', 'passed'), false)).toEqual(['completed']);
    expect(verdicts.next(report('completed', 'passed'), true)).toEqual([]);
    expect(verdicts.recorded()).toEqual({ completed: true, passed: true });
  });

  it('a fail then a pass in one session sends only passed: one of passed/failed per session', () => {
    const verdicts = new SessionVerdicts(fresh, 'Normal');
    expect(verdicts.next(report('incomplete', 'failed', true), false)).toEqual([]);
    expect(verdicts.next(report('incomplete', 'passed'), false)).toEqual(['passed']);
    expect(verdicts.next(report('completed', 'passed'), true)).toEqual(['completed']);
  });

  it('a failed attempt with a retake left is reported when the session ends', () => {
    const verdicts = new SessionVerdicts(fresh, 'Normal');
    expect(verdicts.next(report('incomplete', 'failed', true), false)).toEqual([]);
    expect(verdicts.next(report('incomplete', 'failed', true), true)).toEqual(['failed']);
  });

  it('failing out sends failed at once, then completed, and nothing more', () => {
    const verdicts = new SessionVerdicts(fresh, 'Normal');
    expect(verdicts.next(report('incomplete', 'failed', false), false)).toEqual(['failed']);
    expect(verdicts.next(report('completed', 'failed', false), false)).toEqual(['completed']);
    expect(verdicts.next(report('completed', 'failed', false), true)).toEqual([]);
  });

  it('a later session may pass after an earlier failed, but never fail after a pass', () => {
    const afterFail = new SessionVerdicts({ completed: false, passed: false }, 'Normal');
    expect(afterFail.next(report('incomplete', 'passed'), false)).toEqual(['passed']);
    const afterPass = new SessionVerdicts({ completed: true, passed: true }, 'Normal');
    expect(afterPass.next(report('completed', 'failed', false), true)).toEqual([]);
  });

  it.each(['Browse', 'Review'] as const)('%s mode sends none', (mode) => {
    const verdicts = new SessionVerdicts(fresh, mode);
    expect(verdicts.next(report('completed', 'passed'), true)).toEqual([]);
    expect(verdicts.next(report('completed', 'failed'), true)).toEqual([]);
  });
});
