interface ImportMetaEnv {
  /** A tag of this build (astro.config.mjs), for caches that must change with each build. */
  readonly BUILD_ID: string;
}
