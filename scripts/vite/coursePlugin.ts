// Vite plugin: `import course from 'virtual:course'` gives the compiled, validated course as JSON.
// Content problems fail the build with every file and path at fault.
import type { Plugin } from 'vite';
import { ContentError, loadCourse } from '../../src/content/load';

const PUBLIC_ID = 'virtual:course';
const RESOLVED_ID = '\0virtual:course';

export function coursePlugin(root: string): Plugin {
  return {
    name: 'course-content',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      try {
        return `export default ${JSON.stringify(loadCourse(root))};`;
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
  };
}
