// Shipped builds render the React components with Preact through its compatibility layer: React 19's react-dom
// alone is ~62 KB gzip, over half the course's 100 KB startup budget (perf-budget.json), where preact/compat is
// ~5 KB and runs the same components. Exact matches, so no other package is touched. Used by the course build
// (vite.config.ts) and the report page (scripts/reportPage.ts); the component tests keep React.
import type { Alias } from 'vite';

export const preactAliases: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];
