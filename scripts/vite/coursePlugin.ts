// Vite plugin: `import course from 'virtual:course'` gives the compiled, validated course as JSON, and
// index.html gets the welcome text pre-rendered, so it shows before the player's script has arrived.
// Content problems fail the build with every file and path at fault.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Plugin } from 'vite';
import type { Course } from '../../src/content/course';
import { ContentError, loadCourse } from '../../src/content/load';
import { WelcomeIntro } from '../../src/ui/WelcomeIntro';

const PUBLIC_ID = 'virtual:course';
const RESOLVED_ID = '\0virtual:course';
/** index.html's root as written, showing "Loading…"; the player replaces everything inside it when it starts. */
const LOADING_ROOT = '<div id="root"><p class="loading">Loading the course…</p></div>';

export function coursePlugin(root: string): Plugin {
  let course: Course;
  return {
    name: 'course-content',
    buildStart() {
      try {
        course = loadCourse(root);
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? `export default ${JSON.stringify(course)};` : undefined;
    },
    transformIndexHtml(html) {
      if (!html.includes(LOADING_ROOT)) throw new Error(`index.html must contain ${LOADING_ROOT}`);
      const intro = renderToStaticMarkup(createElement(WelcomeIntro, { course }));
      return html.replace(
        LOADING_ROOT,
        `<div id="root"><article class="welcome">${intro}<p class="loading">Loading the course…</p></article></div>`,
      );
    },
  };
}
