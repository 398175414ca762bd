/** Tests run the TypeScript sources directly; types are checked once by `npm run typecheck`. */
module.exports = {
  testEnvironment: 'node',
  // Many tests run the command line or LibreOffice in a child process: a guard against hangs, not a speed target.
  testTimeout: 60000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
