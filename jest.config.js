// Two projects: unit (core, emulator, adapters, built bundle) runs under two TZ values;
// browser (playwright-core driving Debian's Chromium) runs once.
const transform = { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] };
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/browser/'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
