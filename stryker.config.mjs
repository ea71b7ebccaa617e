// @ts-check
// Which tests judge the mutants: the mirror folders of the mutated code, or OGI_MUTATION_TESTS (comma-separated).
const TESTS = (process.env.OGI_MUTATION_TESTS ?? 'test/core/dates,test/core/calendar,test/core/rules').split(',');

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
    configFile: 'jest.config.js',
    // The modules' own tests (they mirror the source folders) judge the mutants, not the whole suite.
    config: {
      roots: TESTS.map((t) => `<rootDir>/${t}`),
      coverageThreshold: undefined,
    },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  // Two cores shared with everything else.
  concurrency: 2,
  // A mutant that loops forever (a loop bound flipped) is a timeout, counted as killed: give up on it soon.
  timeoutMS: 10_000,
  ignorePatterns: ['dist', 'out', 'test-output', 'coverage', 'reports-mutation', '.stryker-tmp', 'test/e2e', 'test/interop'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports-mutation/mutation.html' },
  jsonReporter: { fileName: 'reports-mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
