/** End-to-end tests: real chromium against the built dist/ (run through test/e2e/run.js, which builds first). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 180_000,
  // One browser at a time: CI machines have two cores.
  maxWorkers: 1,
};
