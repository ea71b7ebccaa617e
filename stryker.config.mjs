// @ts-check
// A narrowed run names its reports and incremental file (OGI_MUTATION_NAME=calendar → reports-mutation/calendar.*), so
// module-by-module runs neither overwrite each other's reports nor forget each other's results.
const NAME = process.env.OGI_MUTATION_NAME ?? 'mutation';

/**
 * `npm run mutation`: Stryker mutates the date, calendar and rule code and runs their own unit tests against each
 * mutant (not in CI: it takes long on two cores). Narrow it with `-- --mutate 'core/dates/**\/*.ts'`.
 * Surviving mutants are either killed by a new test or listed as equivalent in docs/mutation.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'jest',
  mutate: ['core/dates/**/*.ts', 'core/calendar/**/*.ts', 'core/rules/**/*.ts', '!core/**/messages.ts'],
  jest: {
    projectType: 'custom',
    // The modules' own tests (the mirror folders, or OGI_MUTATION_TESTS) judge the mutants, not the whole suite.
    configFile: 'jest.stryker.config.js',
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  // Two cores shared with everything else.
  concurrency: 2,
  // A mutant that loops forever (a loop bound flipped) is a timeout, counted as killed: give up on it soon.
  timeoutMS: 10_000,
  // Re-runs test only the mutants whose code or covering tests changed (`--force` for a full run).
  incremental: true,
  incrementalFile: `reports-mutation/${NAME}.incremental.json`,
  ignorePatterns: ['dist', 'out', 'test-output', 'coverage', 'reports-mutation', '.stryker-tmp', 'test/e2e', 'test/interop'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports-mutation/${NAME}.html` },
  jsonReporter: { fileName: `reports-mutation/${NAME}.json` },
  // `--reporters …,event-recorder` shows a long run's progress before it ends (mutantTested events).
  eventReporter: { baseDir: `reports-mutation/${NAME}-events` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
