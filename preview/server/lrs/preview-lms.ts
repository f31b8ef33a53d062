// The LMS side of a cmi5 or xAPI launch in the preview: what an LMS does before it opens the course.
// cmi5 (spec 8, 9.3.1, 10, 11): a session id, LMS.LaunchData (launchMode, moveOn, masteryScore, returnURL, a
// contextTemplate with the session id and the publisher's AU id), learner preferences, a "launched" statement,
// a one-time fetch URL, and the launch URL. xAPI (tincan.xml): a token in the launch URL's auth. The learner keeps
// one registration per package until "Reset attempt", so a relaunch resumes from the State API.
import { randomUUID } from 'node:crypto';
import { profileKey, stateKey, type LrsStore } from './lrs-store';

export type LrsProfile = 'cmi5' | 'xapi';
export const LRS_PROFILES: readonly LrsProfile[] = ['cmi5', 'xapi'];
export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** What the package's descriptor says: the publisher's AU (or activity) id, and for cmi5 moveOn and masteryScore. */
export interface PackageDescription {
  activityId: string;
  moveOn: string;
  masteryScore: number | null;
}

export interface LaunchOptions {
  mode: LaunchMode;
  /** Overrides the package's masteryScore in LMS.LaunchData, as an LMS administrator may (0–1). */
  masteryScore?: number;
  returnUrl?: string;
}

export const PREVIEW_LEARNER = {
  objectType: 'Agent',
  name: 'Learner, Preview',
  account: { homePage: 'https://lms-preview.invalid', name: 'preview-learner' },
} as const;

const CMI5 = 'https://w3id.org/xapi/cmi5/context/';

export class PreviewLms {
  private readonly registrations = new Map<LrsProfile, string>();
  /** Each launch, newest last, for the page and the tests. */
  readonly launches: { profile: LrsProfile; registration: string; sessionId: string; fetchId: string | null; url: string }[] = [];

  constructor(readonly store: LrsStore) {}

  registration(profile: LrsProfile): string {
    let registration = this.registrations.get(profile);
    if (!registration) {
      registration = randomUUID();
      this.registrations.set(profile, registration);
    }
    return registration;
  }

  resetRegistration(profile: LrsProfile): void {
    this.registrations.delete(profile);
  }

  /** Prepares the LRS as the LMS must before launching, and returns the URL to open. */
  launch(profile: LrsProfile, description: PackageDescription, origin: string, launchPath: string, options: LaunchOptions): string {
    const registration = this.registration(profile);
    const endpoint = `${origin}/lrs/xapi/`;
    const params = new URLSearchParams({ endpoint, actor: JSON.stringify(PREVIEW_LEARNER), registration });
    const sessionId = randomUUID();
    let fetchId: string | null = null;
    if (profile === 'cmi5') {
      fetchId = this.store.createFetchUrl();
      const activityId = `${origin}/lrs/activities/${encodeURIComponent(description.activityId)}`;
      this.writeCmi5LaunchData(description, activityId, registration, sessionId, options, `${origin}${launchPath}`);
      params.set('fetch', `${origin}/lrs/fetch/${fetchId}`);
      params.set('activityId', activityId);
    } else {
      params.set('auth', `Basic ${this.store.createToken()}`);
      params.set('activity_id', description.activityId);
    }
    const url = `${launchPath}?${params}`;
    this.launches.push({ profile, registration, sessionId, fetchId, url });
    return url;
  }

  private writeCmi5LaunchData(
    description: PackageDescription,
    activityId: string,
    registration: string,
    sessionId: string,
    options: LaunchOptions,
    launchUrl: string,
  ): void {
    const masteryScore = options.masteryScore ?? description.masteryScore;
    const contextTemplate = {
      contextActivities: { grouping: [{ objectType: 'Activity', id: description.activityId }] },
      extensions: { [`${CMI5}extensions/sessionid`]: sessionId },
    };
    const launchData = {
      contextTemplate,
      launchMode: options.mode,
      moveOn: description.moveOn,
      ...(masteryScore === null ? {} : { masteryScore }),
      ...(options.returnUrl ? { returnURL: options.returnUrl } : {}),
    };
    const agent = JSON.stringify(PREVIEW_LEARNER);
    this.store.putDocument(
      stateKey(new URLSearchParams({ activityId, agent, registration, stateId: 'LMS.LaunchData' }))!,
      JSON.stringify(launchData),
    );
    const preferences = profileKey(new URLSearchParams({ agent, profileId: 'cmi5LearnerPreferences' }))!;
    if (this.store.getDocument(preferences) === undefined) {
      this.store.putDocument(preferences, JSON.stringify({ languagePreference: 'en-US', audioPreference: 'on' }));
    }
    this.store.addLmsStatement({
      id: randomUUID(),
      actor: PREVIEW_LEARNER,
      verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
      object: { objectType: 'Activity', id: activityId },
      context: {
        registration,
        contextActivities: { ...contextTemplate.contextActivities, category: [{ objectType: 'Activity', id: `${CMI5}categories/cmi5` }] },
        extensions: {
          ...contextTemplate.extensions,
          [`${CMI5}extensions/launchmode`]: options.mode,
          [`${CMI5}extensions/launchurl`]: launchUrl,
          [`${CMI5}extensions/moveon`]: description.moveOn,
          ...(masteryScore === null ? {} : { [`${CMI5}extensions/masteryscore`]: masteryScore }),
        },
      },
      timestamp: new Date().toISOString(),
    });
  }
}

/** Reads the AU of a cmi5.xml or the activity of a tincan.xml: the preview's own packages, so plain patterns do. */
export function describePackage(profile: LrsProfile, descriptor: string): PackageDescription {
  const tag = profile === 'cmi5' ? /<au\b([^>]*)>/.exec(descriptor) : /<activity\b([^>]*)>/.exec(descriptor);
  const attributes = tag?.[1] ?? '';
  const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
  const activityId = attribute('id');
  if (!activityId)
    throw new Error(`The ${profile} package's ${profile === 'cmi5' ? 'cmi5.xml has no <au id>' : 'tincan.xml has no <activity id>'}`);
  const mastery = attribute('masteryScore');
  return {
    activityId: unescapeXml(activityId),
    moveOn: attribute('moveOn') ?? 'NotApplicable',
    masteryScore: mastery === undefined ? null : Number(mastery),
  };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
