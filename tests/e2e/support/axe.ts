// Accessibility probes run inside the course's frame of a real Chromium: axe-core, plus the checks axe cannot
// make (visible focus indicator, target size of every control, reflow, heading structure, contrast of focus
// outlines and control borders, links that open a new window). Each returns a list of problems, empty when
// all is well, so a test can `expect(await probe(frame)).toEqual([])` and read any failure in plain words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { repoRoot } from '../../support/fixtures';

const axeSource = readFileSync(resolve(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 A and AA rules: the level public agencies must meet (ADA Title II, Section 508), plus
 *  the cheap 2.2 AA ones (target size). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Runs axe-core on the frame's document; returns one line per violation and node. The course's CSP blocks
 *  inline scripts, so axe is evaluated through the DevTools protocol, which the CSP does not govern. */
export async function axeViolations(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  return frame.evaluate(
    async (tags) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
      );
    },
    [...WCAG_TAGS],
  );
}

/** Colour helpers shared by the probes below, installed in the page as plain JavaScript (a function passed to
 *  evaluate() cannot share code with another one). \`__name\` is the helper some TypeScript transforms (tsx's
 *  keepNames) call inside functions; a probe's source runs in the page, where it would otherwise be missing. */
const PAGE_HELPERS = `window.__name ??= (f) => f;
window.__a11y = {
  backgroundBehind(start) {
    for (let node = start; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(bg)) return bg;
    }
    return 'rgb(255, 255, 255)';
  },
  contrast(a, b) {
    const lum = (color) => {
      const [r, g, bl] = (color.match(/[\\d.]+/g) || ['0', '0', '0']).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  },
};`;

interface PageHelpers {
  /** The first non-transparent background colour from this element up. */
  backgroundBehind(start: Element | null): string;
  /** WCAG contrast ratio of two rgb()/rgba() colours. */
  contrast(a: string, b: string): number;
}

async function inPage<T, A = undefined>(frame: Frame, probe: (arg: A) => T, arg?: A): Promise<T> {
  const run = () => frame.evaluate(probe as (arg: unknown) => T, arg);
  try {
    return await run();
  } catch (error) {
    // A new document (the first probe, or after a reload) has no helpers yet.
    if (!/__a11y|__name/.test(String(error))) throw error;
    await frame.evaluate(PAGE_HELPERS);
    return run();
  }
}

interface AxeResults {
  violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[];
}

/** One h1 on screen, and no heading deeper than one level below the one before it. Headings before the h1
 *  (the course menu, a navigation panel above the page) start at h2, so they skip nothing either. In the course
 *  the h1 is the first heading in main (the skip link's target); `h1InMain: false` for a page whose h1 heads its
 *  banner instead (the report page). */
export function headingProblems(frame: Frame, { h1InMain = true } = {}): Promise<string[]> {
  return inPage(
    frame,
    (checkMain: boolean) => {
      const problems: string[] = [];
      const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility());
      const h1s = headings.filter((h) => h.tagName === 'H1');
      if (h1s.length !== 1) problems.push(`${h1s.length} visible h1 elements, expected 1`);
      let previous = 1;
      for (const heading of headings) {
        const level = Number(heading.tagName[1]);
        if (level > previous + 1) problems.push(`h${level} "${heading.textContent?.trim()}" follows an h${previous}`);
        previous = level;
      }
      const main = document.querySelector('main');
      const firstInMain = headings.find((h) => main?.contains(h));
      if (checkMain && firstInMain && firstInMain.tagName !== 'H1')
        problems.push(`the first heading in main is ${firstInMain.tagName}, not H1`);
      return problems;
    },
    h1InMain,
  );
}

/** Every button, link, input, select and textarea on screen is at least 24×24 CSS px (WCAG 2.2 SC 2.5.8),
 *  except links inside running text, which the criterion exempts. Returns the ones that are smaller. */
export function smallTargets(frame: Frame, minimum = 24): Promise<string[]> {
  return inPage(
    frame,
    (min: number) => {
      const small: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(
        'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      )) {
        if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
        if (el.classList.contains('skip-link') && document.activeElement !== el) continue; // off screen until focused
        const inlineLink =
          el.tagName === 'A' && getComputedStyle(el).display === 'inline' && el.closest('p, li, dd, td, blockquote, figcaption');
        if (inlineLink) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width < min - 0.01 || rect.height < min - 0.01) {
          small.push(
            `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).value || '').trim().slice(0, 40)}" is ${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`,
          );
        }
      }
      return small;
    },
    minimum,
  );
}

/** WCAG 1.4.10: nothing scrolls sideways, neither the document nor the course's scrolling region (<main>).
 *  Returns how far either overflows its width, if it does. */
export function horizontalOverflow(frame: Frame): Promise<string[]> {
  return inPage(frame, () => {
    const scrollers = [document.scrollingElement ?? document.documentElement, document.querySelector('main')].filter((el) => el !== null);
    return scrollers.flatMap((root) => {
      if (root.scrollWidth <= root.clientWidth) return [];
      const right = root === document.scrollingElement ? root.clientWidth : root.getBoundingClientRect().left + root.clientWidth;
      const wide = [...root.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > right + 0.5 && !el.closest('.visually-hidden'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} reaches ${el.getBoundingClientRect().right.toFixed(0)}px`);
      const what = root === document.scrollingElement ? 'the page' : root.tagName.toLowerCase();
      return [`${what} is ${root.scrollWidth}px wide in ${root.clientWidth}px: ${wide.join('; ')}`];
    });
  });
}

/** Text that is clipped: an element whose content overflows a box that hides the overflow. */
export function clippedText(frame: Frame): Promise<string[]> {
  return inPage(frame, () => {
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *, #course-menu *')) {
      if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      if (
        (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
      ) {
        clipped.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent?.trim().slice(0, 40)}"`);
      }
    }
    return clipped;
  });
}

/** Links that open a new window must say so in their accessible name (the visually hidden text counts). */
export function unannouncedNewWindowLinks(frame: Frame): Promise<string[]> {
  return inPage(frame, () =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[target]:not([target="_self"])')]
      .filter((a) => !/new (window|tab)/i.test(`${a.getAttribute('aria-label') ?? ''} ${a.textContent ?? ''}`))
      .map((a) => `"${a.textContent?.trim()}" (${a.href}) opens a new window without saying so`),
  );
}

/** What a sighted keyboard user sees of the focused element in the frame. */
export interface FocusSample {
  /** A short description of the focused element, for messages. */
  element: string;
  tag: string;
  /** The widest visible focus mark: outline width, or box-shadow spread/blur, in CSS px. */
  indicatorPx: number;
  /** Contrast of the outline colour against the background behind the element (1 when there is no outline). */
  indicatorContrast: number;
  /** The element is inside the viewport and not covered by anything else (WCAG 2.2 SC 2.4.11). */
  inView: boolean;
  unobscured: boolean;
}

/** Reads the focused element of the frame and its focus indicator; null when focus is not in the frame. */
export function focusSample(frame: Frame): Promise<FocusSample | null> {
  return inPage(frame, () => {
    const helpers = (window as unknown as { __a11y?: PageHelpers }).__a11y;
    if (!helpers) throw new Error('__a11y helpers are not installed');
    const { contrast, backgroundBehind } = helpers;
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !document.hasFocus()) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) || 0 : 0;
    let shadow = 0;
    if (style.boxShadow && style.boxShadow !== 'none') {
      for (const part of style.boxShadow.split(/,(?![^(]*\))/)) {
        const lengths = [...part.matchAll(/(-?[\d.]+)px/g)].map((m) => Math.abs(parseFloat(m[1] as string)));
        shadow = Math.max(shadow, (lengths[3] ?? 0) + (lengths[2] ?? 0) / 2);
      }
    }
    const rect = el.getBoundingClientRect();
    const inView = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 10), 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const unobscured =
      !!top &&
      (el.contains(top) ||
        top.contains(el) ||
        (el.id !== '' && top.closest(`label[for="${el.id}"]`) !== null) ||
        top.closest('label') === el.closest('label'));
    return {
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).value || '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`,
      tag: el.tagName.toLowerCase(),
      indicatorPx: Math.max(outline, shadow),
      indicatorContrast: outline > 0 ? contrast(style.outlineColor, backgroundBehind(el.parentElement)) : 1,
      inView,
      unobscured,
    };
  });
}

/** WCAG 1.4.11: the borders that show where a text box, select or secondary button is have 3:1 against the
 *  background behind them. (Radio buttons and checkboxes are drawn by the browser in the accent colour.) */
export function weakControlBorders(frame: Frame): Promise<string[]> {
  return inPage(frame, () => {
    const helpers = (window as unknown as { __a11y?: PageHelpers }).__a11y;
    if (!helpers) throw new Error('__a11y helpers are not installed');
    const { contrast, backgroundBehind } = helpers;
    const weak: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('input[type="text"], textarea, select, button.secondary, fieldset')) {
      if (!el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      if (parseFloat(style.borderTopWidth) === 0) {
        weak.push(`${el.tagName.toLowerCase()} has no border`);
        continue;
      }
      const ratio = contrast(style.borderTopColor, backgroundBehind(el.parentElement));
      if (ratio < 3)
        weak.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" border contrast ${ratio.toFixed(2)}:1`);
    }
    return weak;
  });
}

/** WCAG 1.4.12 Text Spacing: the spacing the criterion says users may set (line height 1.5, paragraph spacing 2,
 *  letter spacing 0.12 and word spacing 0.16 times the font size), applied as a user style sheet would be. The
 *  course's CSP forbids inline <style>, so it is adopted through CSSOM, which a CSP does not govern. */
export function setTextSpacing(frame: Frame, on: boolean): Promise<void> {
  return frame.evaluate((enable) => {
    const sheets = document.adoptedStyleSheets.filter((s) => !(s as CSSStyleSheet & { wcagSpacing?: boolean }).wcagSpacing);
    if (enable) {
      const sheet = new CSSStyleSheet() as CSSStyleSheet & { wcagSpacing?: boolean };
      sheet.wcagSpacing = true;
      sheet.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      );
      sheets.push(sheet);
    }
    document.adoptedStyleSheets = sheets;
  }, on);
}

/** Activities must not need dragging (WCAG 2.2 SC 2.5.7): nothing on screen is draggable. */
export function draggables(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[draggable="true"]')].map(
      (el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" is draggable`,
    ),
  );
}

/** Elements that still animate or transition (for prefers-reduced-motion: reduce). */
export function movingElements(frame: Frame): Promise<string[]> {
  return inPage(frame, () =>
    [...document.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) || 0));
        return (
          (style.animationName !== 'none' && seconds(style.animationDuration) > 0) ||
          seconds(style.transitionDuration) > 0 ||
          style.scrollBehavior === 'smooth'
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
  );
}
