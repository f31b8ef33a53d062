// The audit the browser tests run over every API call log (tests/e2e/support/assert-clean-run.ts), on logs made
// up here, so that a browser test passing means the course's calls were clean and not that the audit saw nothing.
import { describe, expect, it } from 'vitest';
import type { ApiCall } from '../../preview/shared/lms-types';
import { assertCleanRun } from '../e2e/support/assert-clean-run';

describe('assertCleanRun', () => {
  const call = (method: string, args: unknown[] = [], errorCode = '0'): ApiCall => ({
    method,
    args,
    result: 'true',
    errorCode,
    time: 0,
  });

  it('accepts a clean run', () => {
    expect(() =>
      assertCleanRun([call('LMSInitialize', ['']), call('LMSSetValue', ['cmi.core.lesson_location', 'p1']), call('LMSFinish', [''])], '12'),
    ).not.toThrow();
  });

  it('reports calls before Initialize and after Terminate, and a second Terminate', () => {
    const calls = [
      call('GetValue', ['cmi.entry']),
      call('Initialize', ['']),
      call('Terminate', ['']),
      call('Commit', ['']),
      call('Terminate', ['']),
    ];
    expect(() => assertCleanRun(calls, '2004')).toThrow(/before Initialize[\s\S]*after Terminate[\s\S]*called 2 times/);
  });

  it('reports SCORM 1.2 values over the limits scorm-again lets through', () => {
    const calls = [
      call('LMSInitialize', ['']),
      call('LMSSetValue', ['cmi.suspend_data', 'x'.repeat(4097)]),
      call('LMSSetValue', ['cmi.interactions.0.student_response', 'y'.repeat(256)]),
    ];
    expect(() => assertCleanRun(calls, '12')).toThrow(/4097 characters[\s\S]*256 characters/);
  });
});
