interface ImportMetaEnv {
  /** True in the build of the cmi5 and xAPI packages (vite.config.ts): only that build carries the xAPI trackers. */
  readonly COURSE_LRS: boolean;
}
