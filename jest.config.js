/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // test/e2e needs chromium (npm run test:e2e), test/interop LibreOffice (npm run test:interop): npm test needs Node only.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/interop/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // `npx jest --coverage`: the pure layers may not lose tests silently. Measured 2026-12-01: core 94.5 % statements,
  // 84.5 % branches (the new workbook reader, core/workbook, is below); reports 96.9 % / 87.2 %. core is held at
  // today's level until it is back at 95 / 85.
  collectCoverageFrom: ['core/**/*.ts', 'reports/**/*.ts'],
  coverageThreshold: {
    './core/': { statements: 94, branches: 84 },
    './reports/': { statements: 95, branches: 85 },
  },
};
