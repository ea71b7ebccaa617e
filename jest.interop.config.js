/** Interop tests: our workbooks opened by a real spreadsheet program (LibreOffice Calc). `npm run test:interop`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/interop/globalSetup.js',
  roots: ['<rootDir>/test/interop'],
  testMatch: ['**/*.interop.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 180_000,
  // LibreOffice is heavy: one conversion at a time on a two-core machine.
  maxWorkers: 1,
};
