/** `npm run test:package`: the package as users install it (tests/package). @type {import('jest').Config} */
const base = require('./jest.config.js');
module.exports = { ...base, testPathIgnorePatterns: ['/node_modules/'], testMatch: ['<rootDir>/tests/package/**/*.test.ts'] };
