import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fewestGetCalls, fewestIdsPages, rateBoundMs } from './bounds.mjs';

test('a listing ends on a short page, or on an empty one after full pages', () => {
	assert.equal(fewestIdsPages(1000, 100), 11);
	assert.equal(fewestIdsPages(1000, 500), 3);
	assert.equal(fewestIdsPages(1050, 500), 3);
	assert.equal(fewestIdsPages(10_000, 500), 21);
	assert.equal(fewestIdsPages(10, 500), 1);
});

test('Get 10,000 needs 201 calls at 100 ids a page and 121 at 500: 40.2 s and 24.2 s at 5 a second', () => {
	assert.equal(fewestGetCalls(10_000, 100), 201);
	assert.equal(fewestGetCalls(10_000, 500), 121);
	assert.equal(rateBoundMs(fewestGetCalls(10_000, 100), 5), 40_200);
	assert.equal(rateBoundMs(fewestGetCalls(10_000, 500), 5), 24_200);
	assert.equal(rateBoundMs(45, 3), 15_000);
});
