// The statement builder against the cmi5 specification's rules (section 9) and xAPI 1.0.3 (checked with
// Learning Locker's validator, as the preview's LRS does).
import { validateStatement } from '../../../preview/server/lrs/validate-statement';
import { describe, expect, it } from 'vitest';
import type { InteractionRecord } from '../../core/tracker';
import {
  answeredStatement,
  completedStatement,
  initializedStatement,
  judgedStatement,
  terminatedStatement,
  type StatementContext,
} from './statements';
import type { Statement } from './types';

const PUBLISHER_AU = 'urn:do-it-well:dow-m5-collaboration:au';
const LAUNCHED_AU = 'https://lms.example.org/courses/7/au/1';
let counter = 0;

const cmi5: StatementContext = {
  profile: 'cmi5',
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-1' } },
  activityId: LAUNCHED_AU,
  registration: 'c1a7e1b2-0c3f-4f64-9f55-2a8f5c1b7e10',
  sessionId: 'session-42',
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_AU }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-42', 'https://lms.example.org/ext/tenant': 'a' },
  },
  masteryScore: 0.8,
  language: 'en-US',
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
};
const xapi: StatementContext = { ...cmi5, profile: 'xapi', sessionId: null, contextTemplate: {}, masteryScore: null };

const categories = (statement: Statement) => (statement.context.contextActivities?.category ?? []).map((a) => a.id);
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const AT = Date.UTC(2026, 11, 1, 15, 0, 0);

const interaction: InteractionRecord = {
  id: 'final.1.q-roles',
  type: 'choice',
  description: 'Who leads the forensic interview?',
  response: { kind: 'choice', ids: ['b'] },
  correct: { kind: 'choice', ids: ['a', 'c'] },
  result: 'incorrect',
  timestamp: new Date(AT),
  latencyMs: 12_340,
  objectiveId: 'obj-focus',
};

const allCmi5 = () => [
  initializedStatement(cmi5, AT),
  completedStatement(cmi5, AT, 60_000),
  judgedStatement(cmi5, 'passed', AT, 60_000, 90),
  judgedStatement(cmi5, 'failed', AT, 60_000, 40),
  terminatedStatement(cmi5, AT, 61_000),
  answeredStatement(cmi5, interaction),
];

describe('cmi5 defined statements', () => {
  it('are valid xAPI statements', () => {
    for (const statement of [...allCmi5(), answeredStatement(xapi, interaction), terminatedStatement(xapi, AT, 1)]) {
      expect(validateStatement(statement), statement.verb.id).toEqual([]);
    }
    // The validator is not a rubber stamp: a statement id that is no UUID is refused.
    expect(validateStatement({ ...initializedStatement(cmi5, AT), id: 'statement-1' })).not.toEqual([]);
  });

  it('carry a UUID id, the LMS actor, the launched activity as object and a UTC timestamp (9.1, 9.2, 9.4, 9.7)', () => {
    for (const statement of allCmi5().slice(0, 5)) {
      expect(statement.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(statement.actor).toEqual(cmi5.actor);
      expect(statement.object).toEqual({ objectType: 'Activity', id: LAUNCHED_AU });
      expect(statement.timestamp).toBe('2026-12-01T15:00:00.000Z');
    }
  });

  it('merge the contextTemplate: its grouping and extensions, the registration and the session id (9.6, 10.2.1)', () => {
    for (const statement of allCmi5()) {
      expect(statement.context.registration).toBe(cmi5.registration);
      expect(statement.context.contextActivities?.grouping).toEqual([{ objectType: 'Activity', id: PUBLISHER_AU }]);
      expect(statement.context.extensions).toMatchObject({
        'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-42',
        'https://lms.example.org/ext/tenant': 'a',
      });
    }
    expect(cmi5.contextTemplate.contextActivities?.category).toBeUndefined();
  });

  it('carry the cmi5 category; the moveOn category only with a success or completion result (9.6.2)', () => {
    const [initialized, completed, passed, failed, terminated] = allCmi5();
    expect(categories(initialized!)).toEqual([CMI5]);
    expect(categories(terminated!)).toEqual([CMI5]);
    for (const statement of [completed!, passed!, failed!]) expect(categories(statement)).toEqual([CMI5, MOVE_ON]);
  });

  it('put completion only in completed, success and score only in passed and failed, a duration in each (9.5)', () => {
    const [initialized, completed, passed, failed, terminated] = allCmi5();
    expect(initialized!.result).toBeUndefined();
    expect(completed!.result).toEqual({ completion: true, duration: 'PT0H1M0S' });
    expect(passed!.result).toEqual({ success: true, duration: 'PT0H1M0S', score: { scaled: 0.9, raw: 90, min: 0, max: 100 } });
    expect(failed!.result).toMatchObject({ success: false, score: { scaled: 0.4 } });
    expect(terminated!.result).toEqual({ duration: 'PT0H1M1S' });
  });

  it('add the masteryScore extension to passed and failed only (9.6.3.2)', () => {
    const [initialized, completed, passed, failed] = allCmi5();
    const mastery = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
    expect(passed!.context.extensions?.[mastery]).toBe(0.8);
    expect(failed!.context.extensions?.[mastery]).toBe(0.8);
    expect(initialized!.context.extensions?.[mastery]).toBeUndefined();
    expect(completed!.context.extensions?.[mastery]).toBeUndefined();
  });

  it('never carry a cmi5 or moveOn category the template brought in where it does not belong', () => {
    const template = {
      contextActivities: {
        category: [
          { objectType: 'Activity' as const, id: MOVE_ON },
          { objectType: 'Activity' as const, id: 'https://x.org/c' },
        ],
      },
    };
    const ctx = { ...cmi5, contextTemplate: template };
    expect(categories(initializedStatement(ctx, AT))).toEqual(['https://x.org/c', CMI5]);
    expect(categories(answeredStatement(ctx, interaction))).toEqual(['https://x.org/c']);
  });
});

describe('answered statements', () => {
  it('are cmi5 allowed: the template and session id, no cmi5 category, the AU as parent', () => {
    const statement = answeredStatement(cmi5, interaction);
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(categories(statement)).toEqual([]);
    expect(statement.context.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: LAUNCHED_AU }]);
    expect(statement.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe('session-42');
  });

  it('describe the question as a cmi.interaction with its type, response pattern and result', () => {
    const statement = answeredStatement(cmi5, interaction);
    expect(statement.object).toEqual({
      objectType: 'Activity',
      id: `${LAUNCHED_AU}/interactions/final.1.q-roles`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        description: { 'en-US': 'Who leads the forensic interview?' },
        interactionType: 'choice',
        correctResponsesPattern: ['a[,]c'],
      },
    });
    expect(statement.result).toEqual({ response: 'b', success: false, duration: 'PT0H0M12.34S' });
    expect(statement.timestamp).toBe('2026-12-01T15:00:00.000Z');
  });

  it.each<[string, Partial<InteractionRecord>, object]>([
    [
      'the intake role (no right answer, neutral)',
      { id: 'intake.role', correct: null, result: 'neutral', latencyMs: null, response: { kind: 'choice', ids: ['law-enforcement'] } },
      { response: 'law-enforcement' },
    ],
    [
      'a practice true/false',
      {
        id: 'practice.q1.abc',
        type: 'true-false',
        response: { kind: 'true-false', value: true },
        correct: { kind: 'true-false', value: true },
        result: 'correct',
        latencyMs: null,
      },
      { response: 'true', success: true },
    ],
    [
      'a final matching item',
      {
        type: 'matching',
        response: { kind: 'matching', pairs: [['s1', 't2']] },
        correct: { kind: 'matching', pairs: [['s1', 't1']] },
        latencyMs: null,
      },
      { response: 's1[.]t2', success: false },
    ],
  ])('%s', (_label, override, result) => {
    const statement = answeredStatement(cmi5, { ...interaction, ...override });
    expect(statement.result).toEqual(result);
    expect(validateStatement(statement)).toEqual([]);
    expect(statement.object.id).toBe(`${LAUNCHED_AU}/interactions/${override.id ?? interaction.id}`);
  });

  it('below a URN activity id, continue the URN', () => {
    expect(answeredStatement({ ...cmi5, activityId: PUBLISHER_AU }, interaction).object.id).toBe(
      `${PUBLISHER_AU}:interactions:final.1.q-roles`,
    );
  });
});

describe('the xAPI profile (tincan.xml launch)', () => {
  it('sends the same verbs with the registration and none of the cmi5 context', () => {
    const statements = [
      initializedStatement(xapi, AT),
      judgedStatement(xapi, 'passed', AT, 1000, 90),
      answeredStatement(xapi, interaction),
    ];
    expect(statements.map((s) => s.verb.display['en-US'])).toEqual(['initialized', 'passed', 'answered']);
    expect(statements[0]!.context).toEqual({ registration: cmi5.registration });
    expect(statements[1]!.context).toEqual({ registration: cmi5.registration });
    expect(statements[2]!.context).toEqual({
      registration: cmi5.registration,
      contextActivities: { parent: [{ objectType: 'Activity', id: LAUNCHED_AU }] },
    });
  });

  it('leaves the registration out when the LMS gave none', () => {
    expect(initializedStatement({ ...xapi, registration: null }, AT).context).toEqual({});
  });
});
