import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryTracker, renderCourse } from '../../../tests/support/renderCourse';

const FIXTURE = 'tests/fixtures/activities';
const PLAN_TEXT = 'Call the county victim advocate on Monday';

/** The action plan is on the fixture's fourth and last page. */
async function openPlanPage(tracker = new MemoryTracker()) {
  const view = renderCourse(FIXTURE, { tracker });
  await view.user.click(screen.getByRole('button', { name: 'Start the course' }));
  for (let i = 0; i < 3; i++) await view.user.click(screen.getByRole('button', { name: 'Next' }));
  return { ...view, tracker };
}

const firstField = () => screen.getByRole('textbox', { name: 'Who will you contact first?' });
const liveRegion = () => document.querySelector('[aria-live="polite"]');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ActionPlan', () => {
  it('labels each box, gives its hint and says the plan stays on this device', async () => {
    await openPlanPage();
    expect(screen.getByRole('heading', { level: 2, name: 'My action plan' })).toBeInTheDocument();
    expect(screen.getByText(/Your plan stays on this device and is never sent to your learning system./)).toBeInTheDocument();
    expect(firstField()).toHaveAccessibleDescription(expect.stringContaining('Name an agency or a role, not a survivor.'));
    expect(firstField()).toHaveAccessibleDescription(expect.stringContaining('is never sent to your learning system.'));
    expect(screen.getByRole('textbox', { name: 'What is your next step?' })).toBeInTheDocument();
  });

  it('brings back the partners chosen in the partnership activity, on screen and in the saved file', async () => {
    const view = renderCourse(FIXTURE);
    await view.user.click(screen.getByRole('button', { name: 'Start the course' }));
    for (let i = 0; i < 2; i++) await view.user.click(screen.getByRole('button', { name: 'Next' }));
    await view.user.click(screen.getByRole('checkbox', { name: 'Service provider' }));
    await view.user.click(screen.getByRole('button', { name: 'Next' }));
    const partners = screen.getByRole('heading', { level: 3, name: 'Partners you chose in the partnership activity' }).nextElementSibling;
    expect(partners).toHaveTextContent('Safe housing: Service provider');
    expect(partners).toHaveTextContent('Immigration relief: no partners chosen yet');

    let saved: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:plan';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await view.user.click(screen.getByRole('button', { name: 'Save my plan as a file' }));
    expect(await saved!.text()).toContain('Partners I chose in the partnership activity\r\n- Safe housing: Service provider');
  });

  it('keeps the plan on the device and never sends it to the LMS', async () => {
    const { user, session, tracker } = await openPlanPage();
    await user.type(firstField(), PLAN_TEXT);

    // Leaving and coming back finds the plan where it was.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(firstField()).toHaveValue(PLAN_TEXT);

    await user.click(screen.getByRole('button', { name: 'See your results' }));
    await user.click(screen.getByRole('button', { name: 'Finish and close' }));
    expect(tracker.saves.length).toBeGreaterThan(0);
    expect(tracker.finished).not.toBeNull();
    expect(JSON.stringify(tracker.saves)).not.toContain(PLAN_TEXT);
    expect(JSON.stringify(tracker.finished)).not.toContain(PLAN_TEXT);
    expect(JSON.stringify(session.getSnapshot().state)).not.toContain(PLAN_TEXT);
  });

  it('saves the plan as a text file download, without the network', async () => {
    const { user } = await openPlanPage();
    await user.type(firstField(), PLAN_TEXT);

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:plan';
    });
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    await user.click(screen.getByRole('button', { name: 'Save my plan as a file' }));

    expect(downloads).toEqual([{ href: 'blob:plan', download: 'my-action-plan.txt' }]);
    expect(blobs).toHaveLength(1);
    const blob = blobs[0] as Blob;
    expect(blob.type).toMatch(/^text\/plain/);
    const text = await blob.text();
    expect(text).toContain('Who will you contact first?');
    expect(text).toContain(PLAN_TEXT);
    expect(text).toContain('What is your next step?\r\n(left blank)');
    expect(fetchSpy).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:plan'));
    expect(liveRegion()).toHaveTextContent('Your plan was saved as a file named my-action-plan.txt.');
  });

  it('prints only the plan: the page is marked for printing until printing ends', async () => {
    const { user } = await openPlanPage();
    await user.type(firstField(), PLAN_TEXT);
    let markedWhilePrinting = false;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      markedWhilePrinting = document.body.classList.contains('printing-alone');
    });

    await user.click(screen.getByRole('button', { name: 'Print my plan' }));
    expect(print).toHaveBeenCalledOnce();
    expect(markedWhilePrinting).toBe(true);
    // The printout is for paper only: not shown on screen nor to assistive technology.
    const printout = document.querySelector('.action-plan-printout');
    expect(printout).not.toBeVisible();
    expect(printout).toHaveTextContent(PLAN_TEXT);
    expect(printout).toHaveTextContent('(left blank)');

    window.dispatchEvent(new Event('afterprint'));
    expect(document.body).not.toHaveClass('printing-alone');
  });
});
