declare module 'virtual:icons' {
  const icons: Record<import('./ui/icons/iconNames').IconName, import('./ui/icons/iconNames').IconShape[]>;
  export default icons;
}
