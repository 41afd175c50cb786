/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // The package test (packs, installs and runs consumers: about a minute) has its own command, `npm run test:package`.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/package/'],
};
