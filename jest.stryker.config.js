/**
 * Jest as Stryker runs it (`npm run mutation`): the unit config without coverage collection or thresholds, and only the
 * mirror folders of the mutated code (OGI_MUTATION_TESTS, comma-separated), so a mutant is judged by its module's own tests.
 * tsconfig.json has `isolatedModules`, so ts-jest already transpiles file by file; type diagnostics are off here because
 * `npx tsc --noEmit` checks the real code and a mutant's type error says nothing about behaviour.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');

const TESTS = (process.env.OGI_MUTATION_TESTS ?? 'test/core/dates,test/core/calendar,test/core/rules').split(',');

module.exports = {
  ...base,
  roots: TESTS.map((t) => `<rootDir>/${t}`),
  collectCoverage: false,
  collectCoverageFrom: undefined,
  coverageThreshold: undefined,
  // Property tests keep one name from the dry run to each mutant's run (test/helpers/fixedFastCheckSeed.js).
  setupFiles: [...(base.setupFiles ?? []), '<rootDir>/test/helpers/fixedFastCheckSeed.js'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
};
