/**
 * The direction of imports (DESIGN.md): content → widgets/components → course → quiz/model →
 * i18n → kernel, with no cycle. `npm run check:imports` (part of `npm test`) fails on a break.
 */
const layer = (name, allowed) => ({
  name: `${name}-imports-downwards`,
  comment: `src/${name}/ may import only ${allowed.join(', ')} (and packages)`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: allowed.map((a) => `^src/${a}/`) },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or in a ring, cannot be understood or tested one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('kernel', ['kernel']),
    layer('i18n', ['i18n']),
    layer('quiz', ['quiz', 'i18n', 'kernel']),
    layer('model', ['model', 'i18n', 'kernel']),
    layer('course', ['course', 'quiz', 'model', 'i18n', 'kernel']),
    layer('widgets', ['widgets', 'course', 'quiz', 'model', 'i18n', 'kernel']),
    {
      name: 'widgets-do-not-import-each-other',
      comment: "A widget's parts (src/widgets/<name>/) may use their own folder and the shared ui/, nothing of another widget.",
      severity: 'error',
      from: { path: '^src/widgets/([^/]+)/' },
      to: { path: '^src/widgets/[^/]+/', pathNot: ['^src/widgets/$1/', '^src/widgets/ui/'] },
    },
    {
      name: 'kernel-has-no-dependencies',
      comment: 'The kernel runs in Node, the browser, a worker and at build time alike: it imports no package.',
      severity: 'error',
      from: { path: '^src/kernel/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/env\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.svelte', '.json'] },
    extraExtensionsToScan: ['.astro'],
  },
};
