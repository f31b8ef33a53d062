// The course's icon set: a few Lucide icons (lucide-static, ISC licence), read from the package and inlined into
// the bundle at build time by scripts/vite/iconsPlugin.ts. Nothing is fetched at run time. Add a name here to
// use another icon.
export const ICON_NAMES = [
  'arrow-left',
  'arrow-right',
  'award',
  'book-open',
  'chevron-down',
  'circle',
  'circle-check',
  'circle-dot',
  'clock',
  'external-link',
  'flag',
  'info',
  'lightbulb',
  'list-checks',
  'menu',
  'printer',
  'quote',
  'route',
  'triangle-alert',
  'users',
  'x',
] as const;

export type IconName = (typeof ICON_NAMES)[number];

/** One shape of an icon: its SVG element name and attributes (path d, circle cx…), as the package draws it. */
export type IconShape = [tag: string, attributes: Record<string, string>];
