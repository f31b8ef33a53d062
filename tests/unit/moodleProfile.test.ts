// lmsProfile=moodle's rules (preview/shared/moodle-profile.ts), as read in Moodle 5's mod/scorm.
import { describe, expect, it } from 'vitest';
import { moodleFinish12, moodleGrade, moodleLaunch, moodleStoredRecord } from '../../preview/shared/moodle-profile';

const PASSED_2004 = {
  'cmi.completion_status': 'completed',
  'cmi.success_status': 'passed',
  'cmi.score.raw': '100',
  'cmi.suspend_data': '{"pages":28}',
};

describe('launch', () => {
  it('a first launch is ab-initio, normal, credit', () => {
    expect(moodleLaunch('2004', null, false)).toEqual({
      values: {},
      entry: 'ab-initio',
      mode: 'normal',
      credit: 'credit',
      startsNewAttempt: false,
    });
  });

  it('SCORM 2004 after exit "normal": a fresh record in review mode, while Moodle keeps the old one', () => {
    const launch = moodleLaunch('2004', { ...PASSED_2004, 'cmi.exit': 'normal' }, false);
    expect(launch).toEqual({ values: {}, entry: 'ab-initio', mode: 'review', credit: 'no-credit', startsNewAttempt: false });
  });

  it('SCORM 2004 after exit "suspend": every stored value, entry resume; review once completed', () => {
    const suspended = { ...PASSED_2004, 'cmi.exit': 'suspend' };
    expect(moodleLaunch('2004', suspended, false)).toMatchObject({ values: suspended, entry: 'resume', mode: 'review' });
    const unfinished = { 'cmi.completion_status': 'incomplete', 'cmi.exit': 'suspend' };
    expect(moodleLaunch('2004', unfinished, false)).toMatchObject({ entry: 'resume', mode: 'normal', credit: 'credit' });
  });

  it('SCORM 2004 incomplete, ended without suspend: normal mode but nothing handed back', () => {
    expect(moodleLaunch('2004', { 'cmi.completion_status': 'incomplete', 'cmi.exit': 'normal' }, false)).toMatchObject({
      values: {},
      entry: 'ab-initio',
      mode: 'normal',
    });
  });

  it('SCORM 1.2 keeps the data; a final lesson_status opens in review mode; entry "" after a non-suspend exit', () => {
    const passed = { 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '', 'cmi.suspend_data': 'x' };
    expect(moodleLaunch('12', passed, false)).toMatchObject({ values: passed, entry: '', mode: 'review', credit: 'no-credit' });
    const suspended = { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' };
    expect(moodleLaunch('12', suspended, false)).toMatchObject({ entry: 'resume', mode: 'normal' });
  });

  it('a new attempt is started only when asked for after a completed one', () => {
    expect(moodleLaunch('2004', PASSED_2004, true)).toMatchObject({ values: {}, mode: 'normal', startsNewAttempt: true });
    expect(moodleLaunch('2004', { 'cmi.completion_status': 'incomplete' }, true).startsNewAttempt).toBe(false);
  });
});

describe('saving', () => {
  it('stores the elements the session changed over the attempt record, keeping the rest', () => {
    const attempt = { ...PASSED_2004, 'cmi.exit': 'normal' };
    const atLaunch = { 'cmi.completion_status': 'unknown', 'cmi.score.raw': '', 'cmi.mode': 'review' };
    const live = { 'cmi.completion_status': 'incomplete', 'cmi.score.raw': '', 'cmi.mode': 'review' };
    expect(moodleStoredRecord(attempt, atLaunch, live)).toEqual({ ...attempt, 'cmi.completion_status': 'incomplete' });
  });

  it('SCORM 1.2 LMSFinish: mastery_score decides in normal credit mode; "not attempted" becomes completed', () => {
    const session = { 'cmi.core.lesson_mode': 'normal', 'cmi.core.credit': 'credit', 'cmi.student_data.mastery_score': '80' };
    expect(
      moodleFinish12({ ...session, 'cmi.core.lesson_status': 'completed', 'cmi.core.score.raw': '79' })['cmi.core.lesson_status'],
    ).toBe('failed');
    expect(moodleFinish12({ ...session, 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '80' })['cmi.core.lesson_status']).toBe(
      'passed',
    );
    const review = { ...session, 'cmi.core.lesson_mode': 'review', 'cmi.core.lesson_status': 'completed', 'cmi.core.score.raw': '10' };
    expect(moodleFinish12(review)['cmi.core.lesson_status']).toBe('completed');
    expect(moodleFinish12({ 'cmi.core.lesson_status': 'not attempted' })['cmi.core.lesson_status']).toBe('completed');
  });

  it('the gradebook shows the highest score of any attempt', () => {
    expect(moodleGrade('2004', [{ 'cmi.score.raw': '100' }, { 'cmi.score.raw': '21' }])).toBe(100);
    expect(moodleGrade('12', [{ 'cmi.core.score.raw': '21' }])).toBe(21);
    expect(moodleGrade('2004', [{}])).toBeNull();
  });
});
