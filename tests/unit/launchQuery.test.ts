// The harness's launch options (preview/shared/launch-query.ts): each one survives build → parse, and a
// malformed one is refused with a message naming it, so a mistyped test URL fails loudly.
import { describe, expect, it } from 'vitest';
import { buildLaunchQuery, parseLaunchQuery, type LaunchQuery } from '../../preview/shared/launch-query';

function roundTrip(query: Partial<LaunchQuery>): LaunchQuery {
  return parseLaunchQuery(buildLaunchQuery(query));
}

function parse(search: string): LaunchQuery {
  return parseLaunchQuery(new URLSearchParams(search));
}

describe('LMS options', () => {
  it('default to the strict LMS with nothing overridden', () => {
    expect(parse('')).toMatchObject({ lms: {}, faults: {}, newAttempt: false });
  });

  it('survive building and parsing', () => {
    const lms = {
      lenient: true,
      lmsProfile: 'moodle',
      entry: 'empty',
      mode: 'review',
      credit: 'no-credit',
      masteryScore: 80,
      scaledPassingScore: 0.75,
      maxInteractions: 40,
    } as const;
    expect(roundTrip({ lms, newAttempt: true })).toMatchObject({ lms, newAttempt: true });
    expect(buildLaunchQuery({ lms: { lmsProfile: 'moodle', entry: 'ab-initio' } }).toString()).toBe('lmsProfile=moodle&entry=ab-initio');
  });

  it.each([
    ['lenient=yes', /lenient must be 1 or 0/],
    ['lmsProfile=blackboard', /lmsProfile must be "moodle", not "blackboard"/],
    ['entry=new', /entry must be "resume" or "ab-initio" or "empty"/],
    ['mode=preview', /mode must be "browse" or "review" or "normal"/],
    ['credit=yes', /credit must be "credit" or "no-credit"/],
    ['masteryScore=101', /masteryScore must be a number from 0 to 100/],
    ['masteryScore=eighty', /masteryScore must be a number/],
    ['scaledPassingScore=1.5', /scaledPassingScore must be a number from -1 to 1/],
    ['scaledPassingScore=.5', /scaledPassingScore must be a number/],
    ['maxInteractions=-1', /maxInteractions must be a whole number/],
    ['newAttempt=maybe', /newAttempt must be 1 or 0/],
  ])('%s is refused', (search, message) => {
    expect(() => parse(search)).toThrow(message);
  });
});

describe('fault options', () => {
  it('survive building and parsing, getValueFault repeated', () => {
    const faults = {
      refuse: '^cmi\\.interactions\\.3\\.id$',
      refuseTimes: 1,
      commitDelayMs: 2500,
      getValueFault: [
        { element: 'cmi.learner_name', mode: 'null' },
        { element: 'cmi.core.student_name', mode: 'throw' },
        { element: 'cmi.score.raw', mode: 'number' },
        { element: 'cmi.entry', mode: 'undefined' },
      ],
      apiDiesAfterMs: 5000,
    } as const;
    expect(roundTrip({ faults }).faults).toEqual(faults);
    expect(buildLaunchQuery({ faults: { getValueFault: faults.getValueFault } }).getAll('getValueFault')).toHaveLength(4);
  });

  it.each([
    ['refuse=(', /refuse must be a regular expression/],
    ['refuse=', /refuse must be a regular expression, not empty/],
    ['refuseTimes=2', /refuseTimes needs refuse=/],
    ['refuse=x&refuseTimes=two', /refuseTimes must be a whole number/],
    ['commitDelayMs=1s', /commitDelayMs must be a whole number/],
    ['getValueFault=cmi.learner_name', /getValueFault must be <element>~<null\|undefined\|throw\|number>/],
    ['getValueFault=cmi.learner_name~empty', /getValueFault must be/],
    ['getValueFault=~null', /getValueFault must be/],
    ['apiDiesAfterMs=soon', /apiDiesAfterMs must be a whole number/],
  ])('%s is refused', (search, message) => {
    expect(() => parse(search)).toThrow(message);
  });
});
