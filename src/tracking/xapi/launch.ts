// Starting a cmi5 or xAPI session the way each specification asks, before the course sends anything:
// cmi5 (spec 8, 10, 11): read the launch URL, get the auth token (one POST to the fetch URL, or the token kept for
// this session), read LMS.LaunchData (launchMode, masteryScore, returnURL, contextTemplate) and the learner
// preferences, then the course's saved state. xAPI (tincan.xml): read endpoint, auth, actor, registration and
// activity_id, then the saved state.
import type { Tracker } from '../../core/tracker';
import { obtainAuthToken, storeToken } from './authToken';
import { parseCourseState, recordFrom } from './courseState';
import { childIri } from './iri';
import { parseCmi5Launch, parseXapiLaunch } from './launchParams';
import { LrsClient, type Fetch, type StateScope } from './lrsClient';
import type { OutboxTimers } from './outbox';
import { LrsTracker } from './lrsTracker';
import type { StatementContext } from './statements';
import type { Context } from './types';
import { uuid } from './uuid';
import type { LaunchMode } from './verdicts';
import { COURSE_STATE_ID, LAUNCH_DATA_STATE_ID, LEARNER_PREFERENCES_PROFILE_ID, SESSION_ID_EXTENSION } from './vocabulary';

export interface LaunchEnvironment {
  search: string;
  fetch: Fetch;
  sessionStorage: Storage | null;
  timers: OutboxTimers;
  now(): number;
  leaving(): boolean;
  redirect(url: string): void;
}

export interface CourseFacts {
  /** The course's IRI from course.yaml, for an xAPI launch without activity_id. */
  activityId: string | undefined;
  language: string;
}

export interface LaunchedLrs {
  tracker: Tracker;
  /** cmi5: LMS.LaunchData's masteryScore as a percent, which replaces the course's own. */
  masteryScorePercent: number | null;
}

/** What LMS.LaunchData says, checked: an LMS that sends none or a malformed one cannot be followed. */
interface LaunchData {
  launchMode: LaunchMode;
  masteryScore: number | null;
  returnUrl: string | null;
  contextTemplate: Context;
  sessionId: string;
}

export class LaunchDataError extends Error {}

function parseLaunchData(value: unknown): LaunchData {
  if (typeof value !== 'object' || value === null) throw new LaunchDataError('The LMS wrote no LMS.LaunchData document');
  const data = value as Record<string, unknown>;
  const launchMode = data.launchMode;
  if (launchMode !== 'Normal' && launchMode !== 'Browse' && launchMode !== 'Review') {
    throw new LaunchDataError(`LMS.LaunchData has no valid launchMode (${JSON.stringify(launchMode)})`);
  }
  const template = data.contextTemplate;
  if (typeof template !== 'object' || template === null) throw new LaunchDataError('LMS.LaunchData has no contextTemplate');
  const contextTemplate = template as Context;
  const sessionId = contextTemplate.extensions?.[SESSION_ID_EXTENSION];
  if (typeof sessionId !== 'string' || sessionId === '') throw new LaunchDataError("LMS.LaunchData's contextTemplate has no session id");
  const mastery = data.masteryScore;
  const masteryScore = typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? mastery : null;
  return {
    launchMode,
    masteryScore,
    returnUrl: typeof data.returnURL === 'string' && data.returnURL ? data.returnURL : null,
    contextTemplate,
    sessionId,
  };
}

export async function launchCmi5(env: LaunchEnvironment, course: CourseFacts): Promise<LaunchedLrs> {
  const launch = parseCmi5Launch(env.search);
  const token = await obtainAuthToken(env.fetch, env.sessionStorage, launch.fetchUrl);
  if (token.terminated) throw new LaunchDataError('This session has ended: open the course again from the LMS to continue');
  const client = new LrsClient(launch.endpoint, `Basic ${token.token}`, env.fetch);
  const scope: StateScope = { activityId: launch.activityId, agent: launch.actor, registration: launch.registration };
  const launchData = parseLaunchData(await client.getState(scope, LAUNCH_DATA_STATE_ID));
  // Required reading (cmi5 11): the course has one language and no audio of its own, so neither preference
  // changes what it shows.
  await client.getAgentProfile(launch.actor, LEARNER_PREFERENCES_PROFILE_ID);
  const saved = parseCourseState(await client.getState(scope, COURSE_STATE_ID));
  const context: StatementContext = {
    profile: 'cmi5',
    actor: launch.actor,
    activityId: launch.activityId,
    registration: launch.registration,
    sessionId: launchData.sessionId,
    contextTemplate: launchData.contextTemplate,
    masteryScore: launchData.masteryScore,
    language: course.language,
    newId: uuid,
  };
  const tracker = new LrsTracker({
    client,
    statementContext: context,
    scope,
    mode: launchData.launchMode,
    facts: { completed: saved?.completed ?? false, passed: saved?.passed ?? false },
    record: recordFrom(saved, launch.actor, launchData.launchMode),
    returnUrl: launchData.returnUrl,
    timers: env.timers,
    now: env.now,
    leaving: env.leaving,
    onTerminated: () => storeToken(env.sessionStorage, launch.fetchUrl, { token: token.token, terminated: true }),
    redirect: env.redirect,
  });
  const masteryScorePercent = launchData.masteryScore === null ? null : Math.round(launchData.masteryScore * 10_000) / 100;
  return { tracker, masteryScorePercent };
}

export async function launchXapi(env: LaunchEnvironment, course: CourseFacts): Promise<LaunchedLrs> {
  const launch = parseXapiLaunch(env.search);
  const activityId = launch.activityId ?? (course.activityId ? childIri(course.activityId, 'au') : null);
  if (!activityId) throw new LaunchDataError('The launch URL has no activity_id and the course has no activityId');
  const client = new LrsClient(launch.endpoint, launch.auth, env.fetch);
  const scope: StateScope = { activityId, agent: launch.actor, registration: launch.registration };
  const saved = parseCourseState(await client.getState(scope, COURSE_STATE_ID));
  const context: StatementContext = {
    profile: 'xapi',
    actor: launch.actor,
    activityId,
    registration: launch.registration,
    sessionId: null,
    contextTemplate: {},
    masteryScore: null,
    language: course.language,
    newId: uuid,
  };
  const tracker = new LrsTracker({
    client,
    statementContext: context,
    scope,
    mode: 'Normal',
    facts: { completed: saved?.completed ?? false, passed: saved?.passed ?? false },
    record: recordFrom(saved, launch.actor, 'Normal'),
    returnUrl: null,
    timers: env.timers,
    now: env.now,
    leaving: env.leaving,
    onTerminated: () => undefined,
    redirect: env.redirect,
  });
  return { tracker, masteryScorePercent: null };
}
