// What the learner must know about where their progress goes: only on this device, not being saved right now,
// saved again, or a saved record that could not be read.
import { useEffect, useRef } from 'react';
import type { Notice } from '../core/session';
import { useCourse } from './CourseContext';

function noticeText(notice: Notice): { text: string; urgent: boolean } {
  switch (notice.kind) {
    case 'local-only':
      return {
        text:
          notice.reason === 'no-lms'
            ? 'This course is not connected to a learning system: your progress is kept on this device only and nothing is reported.'
            : notice.reason === 'lms-refused'
              ? 'Your learning system did not accept the connection: your progress is kept on this device only and nothing is reported.'
              : 'This course is not connected to a learning system, and this browser does not let it keep anything on this device: your progress will be lost when you close this page.',
        urgent: false,
      };
    case 'saving-failed':
      return {
        text: 'Your progress is not being saved right now. The course keeps trying; keep this window open until this message goes away.',
        urgent: true,
      };
    case 'saved-again':
      return { text: 'Your progress is being saved again.', urgent: false };
    case 'fresh-start':
      return {
        text:
          notice.reason === 'other-course'
            ? 'Your learning system returned saved progress that belongs to a different course, so this course starts from the beginning. Your completion status in the learning system is kept.'
            : 'Your saved progress could not be read, so this course starts from the beginning. Your completion status in the learning system is kept.',
        urgent: false,
      };
    case 'not-recorded':
      return {
        text: `Your learning system did not accept ${notice.count === 1 ? 'one of your answers' : `${notice.count} of your answers`}, so ${notice.count === 1 ? 'it is' : 'they are'} missing from its record of this course. Your progress, status and score are not affected.`,
        urgent: false,
      };
    case 'newer-elsewhere':
      return {
        text: 'This course is open in another tab or window, which has saved newer progress. This tab no longer saves, so it cannot overwrite that progress: continue in the other tab, or reload this page to pick up where it is.',
        urgent: true,
      };
  }
}

export function Notices({ onDismiss }: { onDismiss(notice: Notice): void }) {
  const { snapshot } = useCourse();
  // A dismissed notice takes its button with it: focus moves to the next notice's button, or else to the
  // view's title, rather than to nowhere.
  const container = useRef<HTMLDivElement>(null);
  const dismissing = useRef(false);
  useEffect(() => {
    if (!dismissing.current) return;
    dismissing.current = false;
    const next = container.current?.querySelector<HTMLElement>('.notice button') ?? document.querySelector<HTMLElement>('.view-heading');
    next?.focus();
  }, [snapshot.notices]);
  const dismiss = (notice: Notice) => {
    dismissing.current = true;
    onDismiss(notice);
  };
  return (
    <div className="notices" ref={container}>
      {snapshot.notices.map((notice, i) => (
        <NoticeBox key={i} notice={notice} onDismiss={() => dismiss(notice)} />
      ))}
    </div>
  );
}

function NoticeBox({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const { text, urgent } = noticeText(notice);
  // Screen readers announce what changes in a live region, not what it holds when it appears: the region is
  // rendered empty and given its text once it is on the page, so a notice shown at launch is read out too.
  const textHolder = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (textHolder.current) textHolder.current.textContent = text;
  }, [text]);
  return (
    <div className={`notice ${urgent ? 'notice-urgent' : ''}`} role={urgent ? 'alert' : 'status'}>
      <p ref={textHolder} />
      {!urgent && (
        <button type="button" className="secondary small" onClick={onDismiss}>
          Dismiss<span className="visually-hidden"> this message</span>
        </button>
      )}
    </div>
  );
}
