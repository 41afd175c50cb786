/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  // ts-jest only transpiles, because tsconfig.json sets isolatedModules: the types are checked by `npm run typecheck`,
  // which CI runs before the tests. Checking them again per test file made a cold run about half as slow again.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // The package test (packs, installs and runs consumers: about a minute) has its own command, `npm run test:package`.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/package/'],
};
