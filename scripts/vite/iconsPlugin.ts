// Vite plugin: `import icons from 'virtual:icons'` gives the shapes of the icons named in src/ui/icons/iconNames.ts,
// read from lucide-static's SVG files at build time, as data the Icon component draws as React elements (the
// player never parses markup at run time).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { ICON_NAMES, type IconShape } from '../../src/ui/icons/iconNames';

const PUBLIC_ID = 'virtual:icons';
const RESOLVED_ID = '\0virtual:icons';

/** The shapes inside one Lucide SVG file: self-closing elements such as <path d="…" /> and <circle … />. */
export function iconShapes(svg: string, name: string): IconShape[] {
  const body = svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>'));
  const shapes: IconShape[] = [];
  for (const match of body.matchAll(/<([a-z]+)\s([^>]*?)\/>/g)) {
    const attributes = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1] as string, a[2] as string]),
    );
    shapes.push([match[1] as string, attributes]);
  }
  const leftover = body.replace(/<([a-z]+)\s([^>]*?)\/>/g, '').trim();
  if (shapes.length === 0 || leftover !== '')
    throw new Error(`icon "${name}": lucide-static's SVG has shapes this plugin does not read: ${leftover.slice(0, 60)}`);
  return shapes;
}

export function iconsPlugin(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'course-icons',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const icons = Object.fromEntries(
        ICON_NAMES.map((name) => [name, iconShapes(readFileSync(require.resolve(`lucide-static/icons/${name}.svg`), 'utf8'), name)]),
      );
      return `export default ${JSON.stringify(icons)};`;
    },
  };
}
