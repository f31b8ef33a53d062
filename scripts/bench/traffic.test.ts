import { describe, expect, it } from 'vitest';
import type { ApiCall } from '../../preview/shared/lms-types';
import { countTraffic } from './traffic';

const call = (method: string, ...args: unknown[]): ApiCall => ({ method, args, result: 'true', errorCode: '0', time: 0 });

describe('counting LMS traffic from the harness call log', () => {
  it('counts every call, the commits, and a view per bookmark change plus the welcome and results screens', () => {
    const calls = [
      call('Initialize', ''),
      call('SetValue', 'cmi.completion_status', 'incomplete'),
      call('Commit', ''),
      call('SetValue', 'cmi.location', 'page-1'),
      call('Commit', ''),
      call('GetLastError'),
      call('SetValue', 'cmi.location', 'page-2'),
      call('SetValue', 'cmi.score.raw', '100'),
      call('Commit', ''),
      call('Terminate', ''),
    ];
    expect(countTraffic(calls, '2004')).toEqual({ apiCalls: 10, commits: 3, pagesShown: 2, pageViews: 4 });
  });

  it('reads each version by its own names', () => {
    const calls = [
      call('LMSInitialize', ''),
      call('LMSSetValue', 'cmi.core.lesson_location', 'page-1'),
      call('LMSCommit', ''),
      call('Commit', ''),
    ];
    expect(countTraffic(calls, '12')).toMatchObject({ commits: 1, pagesShown: 1 });
  });
});
