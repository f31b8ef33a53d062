declare module 'virtual:icons' {
  import type { IconName, IconShape } from './ui/icons/iconNames';
  const icons: Record<IconName, IconShape[]>;
  export default icons;
}
