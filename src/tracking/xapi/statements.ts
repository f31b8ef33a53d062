// Builds the statements the course sends, as plain data (no I/O). Two profiles: 'cmi5' follows the cmi5
// specification (section 9): cmi5 defined statements carry the cmi5 category, the ones with a success or
// completion result the moveOn category, every statement the LMS's contextTemplate and session id; 'xapi' sends
// the same verbs with only the registration, for LMSs launching a tincan.xml package.
import type { InteractionRecord } from '../../core/tracker';
import { responsePattern } from '../responsePattern';
import { isoDuration } from '../timeFormats';
import { childIri } from './iri';
import type { Activity, Context, Result, Statement, Agent } from './types';
import {
  CMI5_CATEGORY,
  INTERACTION_ACTIVITY_TYPE,
  MASTERY_SCORE_EXTENSION,
  MOVE_ON_CATEGORY,
  SESSION_ID_EXTENSION,
  VERBS,
  type VerbName,
} from './vocabulary';

export type Profile = 'cmi5' | 'xapi';

export interface StatementContext {
  profile: Profile;
  actor: Agent;
  /** The AU (cmi5 activityId) or course activity (xAPI activity_id) the LMS launched. */
  activityId: string;
  /** Absent when an xAPI LMS launches without one. */
  registration: string | null;
  /** cmi5: the LMS's session id (from the contextTemplate). */
  sessionId: string | null;
  /** cmi5: LMS.LaunchData's contextTemplate, the base of every statement's context. */
  contextTemplate: Context;
  /** cmi5: LMS.LaunchData's masteryScore (0–1), which passed and failed are judged against. */
  masteryScore: number | null;
  /** Language of the descriptions, e.g. "en-US". */
  language: string;
  newId(): string;
}

const activity = (id: string): Activity => ({ objectType: 'Activity', id });

type Cmi5Kind = 'defined' | 'allowed';

function context(ctx: StatementContext, kind: Cmi5Kind, extra: { moveOn?: boolean; masteryScore?: boolean; parent?: boolean }): Context {
  const base: Context = ctx.profile === 'cmi5' ? structuredClone(ctx.contextTemplate) : {};
  const activities = { ...base.contextActivities };
  if (ctx.profile === 'cmi5') {
    // Whatever the template says, only cmi5 defined statements carry the cmi5 category, and only those with a
    // success or completion result the moveOn category (sections 9.6.2.1, 9.6.2.2).
    const kept = (activities.category ?? []).filter((a) => a.id !== CMI5_CATEGORY && a.id !== MOVE_ON_CATEGORY);
    const added = kind === 'defined' ? [CMI5_CATEGORY, ...(extra.moveOn ? [MOVE_ON_CATEGORY] : [])] : [];
    if (kept.length + added.length > 0) activities.category = [...kept, ...added.map(activity)];
    else delete activities.category;
  }
  if (extra.parent) activities.parent = [...(activities.parent ?? []).filter((a) => a.id !== ctx.activityId), activity(ctx.activityId)];
  const extensions: Record<string, unknown> = { ...base.extensions };
  if (ctx.profile === 'cmi5') {
    if (ctx.sessionId !== null) extensions[SESSION_ID_EXTENSION] = ctx.sessionId;
    if (extra.masteryScore && ctx.masteryScore !== null) extensions[MASTERY_SCORE_EXTENSION] = ctx.masteryScore;
  }
  const result: Context = { ...base };
  if (ctx.registration !== null) result.registration = ctx.registration;
  if (Object.keys(activities).length > 0) result.contextActivities = activities;
  if (Object.keys(extensions).length > 0) result.extensions = extensions;
  return result;
}

function statement(
  ctx: StatementContext,
  verb: VerbName,
  at: number,
  object: Activity,
  result: Result | undefined,
  statementContext: Context,
): Statement {
  return {
    id: ctx.newId(),
    actor: ctx.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object,
    ...(result ? { result } : {}),
    context: statementContext,
    timestamp: new Date(at).toISOString(),
  };
}

/** The first statement of a session. */
export function initializedStatement(ctx: StatementContext, at: number): Statement {
  return statement(ctx, 'initialized', at, activity(ctx.activityId), undefined, context(ctx, 'defined', {}));
}

/** The last statement of a session; duration is the time since initialized. */
export function terminatedStatement(ctx: StatementContext, at: number, sessionMs: number): Statement {
  return statement(ctx, 'terminated', at, activity(ctx.activityId), { duration: isoDuration(sessionMs) }, context(ctx, 'defined', {}));
}

/** The learner has done everything the course asks (once per registration). */
export function completedStatement(ctx: StatementContext, at: number, durationMs: number): Statement {
  const result: Result = { completion: true, duration: isoDuration(durationMs) };
  return statement(ctx, 'completed', at, activity(ctx.activityId), result, context(ctx, 'defined', { moveOn: true }));
}

/** The final assessment's verdict, with its score; judged against the LMS's masteryScore when it gave one. */
export function judgedStatement(
  ctx: StatementContext,
  verdict: 'passed' | 'failed',
  at: number,
  durationMs: number,
  scorePercent: number | null,
): Statement {
  const result: Result = { success: verdict === 'passed', duration: isoDuration(durationMs) };
  if (scorePercent !== null) {
    result.score = { scaled: Math.round(scorePercent * 100) / 10000, raw: Math.round(scorePercent), min: 0, max: 100 };
  }
  return statement(ctx, verdict, at, activity(ctx.activityId), result, context(ctx, 'defined', { moveOn: true, masteryScore: true }));
}

/** One answer (role, pre-test, practice, final, evaluation): a cmi5 allowed statement about the question. */
export function answeredStatement(ctx: StatementContext, interaction: InteractionRecord): Statement {
  const object: Activity = {
    objectType: 'Activity',
    id: childIri(ctx.activityId, 'interactions', interaction.id),
    definition: {
      type: INTERACTION_ACTIVITY_TYPE,
      description: { [ctx.language]: interaction.description },
      interactionType: interaction.type,
      ...(interaction.correct ? { correctResponsesPattern: [responsePattern(interaction.correct)] } : {}),
    },
  };
  const result: Result = { response: responsePattern(interaction.response) };
  if (interaction.result !== 'neutral') result.success = interaction.result === 'correct';
  if (interaction.latencyMs !== null) result.duration = isoDuration(interaction.latencyMs);
  return statement(ctx, 'answered', interaction.timestamp.getTime(), object, result, context(ctx, 'allowed', { parent: true }));
}
