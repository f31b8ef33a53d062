import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ICON_NAMES } from '../../src/ui/icons/iconNames';
import { iconShapes } from './iconsPlugin';

const require = createRequire(import.meta.url);

describe('the icon set, read from lucide-static at build time', () => {
  it('reads every icon the course names into shapes, with their attributes', () => {
    for (const name of ICON_NAMES) {
      const shapes = iconShapes(readFileSync(require.resolve(`lucide-static/icons/${name}.svg`), 'utf8'), name);
      expect(shapes.length, name).toBeGreaterThan(0);
    }
    expect(iconShapes('<svg a="b">\n  <path d="M1 2" />\n  <circle cx="9" cy="7" r="4" />\n</svg>', 'sample')).toEqual([
      ['path', { d: 'M1 2' }],
      ['circle', { cx: '9', cy: '7', r: '4' }],
    ]);
  });

  it('refuses an icon drawn with something it cannot read, rather than drop part of it', () => {
    expect(() => iconShapes('<svg><g><path d="M1 2" /></g></svg>', 'grouped')).toThrow(/icon "grouped"/);
  });
});
