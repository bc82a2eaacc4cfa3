/** Reliability suite (npm run test:reliability): large syncs under injected faults. */
module.exports = {
	...require('./jest.config.js'),
	testPathIgnorePatterns: ['/node_modules/'],
	testMatch: ['**/test/reliability/**/*.test.ts'],
	testTimeout: 300000,
};
