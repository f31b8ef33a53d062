// A decorative icon, drawn in the text colour around it. It is hidden from assistive technology: the words
// beside it say what it means.
import { createElement } from 'react';
import icons from 'virtual:icons';
import type { IconName } from './iconNames';

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {(icons[name] ?? []).map(([tag, attributes], i) => createElement(tag, { key: i, ...attributes }))}
    </svg>
  );
}
