/**
 * The shared reader of numbers and IDs: values from the editor, from expressions and from AI models
 * ($fromAI) are checked the same way, and a bad one is refused with the field and the item named.
 */
import type { IExecuteFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readRequestSettings } from '../../nodes/shared/descriptions';
import { describeValue, parseNumber, parseNumericId, parseOpaqueId, parseWholeNumber, readNumericId, readOpaqueId, readWholeNumber } from '../../nodes/shared/inputs';

function contextWith(parameters: Record<string, unknown>): IExecuteFunctions {
	const node = { id: 'n', name: 'Avionté', type: 'n8n-nodes-avionte-avinode.avionte', typeVersion: 1, position: [0, 0], parameters: {} } as INode;
	return {
		getNode: () => node,
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown, options?: { extractValue?: boolean }) => {
			const value = name in parameters ? parameters[name] : fallback;
			if (options?.extractValue && value !== null && typeof value === 'object' && 'value' in value) return value.value;
			return value;
		},
	} as unknown as IExecuteFunctions;
}

describe('parseWholeNumber', () => {
	it.each([
		[1, 1],
		[3, 3],
		['3', 3],
		[' 250 ', 250],
		[1000, 1000],
	])('accepts %p as %p', (raw, expected) => {
		expect(parseWholeNumber(raw, 1)).toEqual({ value: expected });
	});

	it.each([
		[2.5, 'must be a whole number of 1 or more, got 2.5'],
		[0, 'must be a whole number of 1 or more, got 0'],
		[-2, 'must be a whole number of 1 or more, got -2'],
		['abc', 'must be a whole number of 1 or more, got "abc"'],
		['2.5', 'must be a whole number of 1 or more, got "2.5"'],
		['', 'must be a whole number of 1 or more, got nothing'],
		[null, 'must be a whole number of 1 or more, got nothing'],
		[Number.NaN, 'must be a whole number of 1 or more, got NaN'],
		[Number.POSITIVE_INFINITY, 'must be a whole number of 1 or more, got Infinity'],
		[true, 'must be a whole number of 1 or more, got true'],
		[[3], 'must be a whole number of 1 or more, got a list'],
		[{ limit: 3 }, 'must be a whole number of 1 or more, got an object'],
		['99999999999999999999', 'must be a whole number of 1 or more, got "99999999999999999999"'],
	])('refuses %p', (raw, problem) => {
		expect(parseWholeNumber(raw, 1)).toEqual({ problem });
	});

	it('takes 0 when the minimum is 0 (a bound where 0 means none)', () => {
		expect(parseWholeNumber(0, 0)).toEqual({ value: 0 });
		expect(parseWholeNumber(-1, 0)).toEqual({ problem: 'must be a whole number of 0 or more, got -1' });
	});
});

describe('parseNumber', () => {
	it.each([
		[0, 0],
		[0.5, 0.5],
		['2', 2],
		[' 2.5 ', 2.5],
	])('accepts %p, fractions too', (raw, expected) => {
		expect(parseNumber(raw, 0)).toEqual({ value: expected });
	});

	it.each([
		['abc', '"abc"'],
		['', 'nothing'],
		[null, 'nothing'],
		[-1, '-1'],
		[Number.NaN, 'NaN'],
		[{}, 'an object'],
	])('refuses %p', (raw, shown) => {
		expect(parseNumber(raw, 0)).toEqual({ problem: `must be a number of 0 or more, got ${shown}` });
	});
});

describe('request options (Options collection)', () => {
	const defaults = { concurrency: 4, ratePerSecond: 5 };

	it('keep their defaults when not set', () => {
		expect(readRequestSettings(contextWith({ options: {} }), 0, defaults)).toEqual({ concurrency: 4, ratePerSecond: 5, retryPolicy: {} });
	});

	it('read numbers and numeric text; whole-number options are rounded down', () => {
		const options = { maxConcurrency: 2.7, maxRequestsPerSecond: '2.5', maxRetries: 3, maxRateLimitWaitSeconds: 1.5 };
		expect(readRequestSettings(contextWith({ options }), 0, defaults)).toEqual({ concurrency: 2, ratePerSecond: 2.5, retryPolicy: { maxRetries: 3, maxRateLimitWaitMs: 1500 } });
	});

	it.each([
		[{ maxConcurrency: 'abc' }, '"Max Concurrent Requests" of item 1 must be a number of 1 or more, got "abc"'],
		[{ maxConcurrency: 0 }, '"Max Concurrent Requests" of item 1 must be a number of 1 or more, got 0'],
		[{ maxRequestsPerSecond: -1 }, '"Max Requests per Second" of item 1 must be a number of 0 or more, got -1'],
		[{ maxRetries: 'many' }, '"Max Retries" of item 1 must be a number of 0 or more, got "many"'],
		[{ maxRateLimitWaitSeconds: '' }, '"Max Rate-Limit Wait (Seconds)" of item 1 must be a number of 0 or more, got nothing'],
	])('refuse %p, naming the option and the item', (options, message) => {
		expect(() => readRequestSettings(contextWith({ options }), 1, defaults)).toThrow(message);
	});
});

describe('parseNumericId', () => {
	it.each([
		[100005, 100005],
		['100005', 100005],
		[' 100005 ', 100005],
	])('accepts %p, a number or digits', (raw, expected) => {
		expect(parseNumericId(raw, 'Avionté')).toEqual({ value: expected });
	});

	it.each([
		['abc', '"abc"'],
		['', 'nothing'],
		[0, '0'],
		['0', '"0"'],
		[-5, '-5'],
		['-5', '"-5"'],
		[100005.5, '100005.5'],
		['100005.5', '"100005.5"'],
		['1e5', '"1e5"'],
		['100005/../1', '"100005/../1"'],
		[1e21, '1e+21'],
		[{ id: 1 }, 'an object'],
	])('refuses %p before any request', (raw, shown) => {
		expect(parseNumericId(raw, 'Avionté')).toEqual({ problem: `must be a numeric Avionté ID, got ${shown}` });
	});
});

describe('parseOpaqueId', () => {
	it.each([
		['atrip-12345', 'atrip-12345'],
		['  atrip-12345 ', 'atrip-12345'],
		[12345, '12345'],
	])('accepts %p, text or a whole number', (raw, expected) => {
		expect(parseOpaqueId(raw)).toEqual({ value: expected });
	});

	it.each([
		['', 'is empty'],
		[undefined, 'is empty'],
		['a b', 'is not an ID: "a b"'],
		['a/b', 'is not an ID: "a/b"'],
		['a?b', 'is not an ID: "a?b"'],
		['..', 'is not an ID: ".." (an ID made only of dots would change the request path)'],
		['%2e%2E', 'is not an ID: "%2e%2E" (an ID made only of dots would change the request path)'],
		[2.5, 'is not an ID: 2.5'],
		[true, 'must be an ID (text or a number), got true'],
		[['atrip-1'], 'must be an ID (text or a number), got a list'],
	])('refuses %p', (raw, problem) => {
		expect(parseOpaqueId(raw)).toEqual({ problem });
	});
});

describe('describeValue', () => {
	it('shortens long text so a message stays readable', () => {
		expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
	});
});

describe('the read functions name the field and the item', () => {
	it('Limit of 2.5, 0 and -2', () => {
		for (const limit of [2.5, 0, -2]) {
			const read = () => readWholeNumber(contextWith({ limit }), 'limit', 'Limit', 3, 1, 50);
			expect(read).toThrow(NodeOperationError);
			expect(read).toThrow(`"Limit" of item 3 must be a whole number of 1 or more, got ${limit}`);
		}
	});

	it('the fallback when the parameter is not set', () => {
		expect(readWholeNumber(contextWith({}), 'limit', 'Limit', 0, 1, 50)).toBe(50);
	});

	it('the error carries the item index, so n8n shows which item failed', () => {
		try {
			readNumericId(contextWith({ talentId: { __rl: true, mode: 'id', value: 'abc' } }), 'talentId', 'Talent', 2, 'Avionté');
			throw new Error('not refused');
		} catch (error) {
			expect((error as NodeOperationError).message).toBe('"Talent" of item 2 must be a numeric Avionté ID, got "abc"');
			expect((error as NodeOperationError).context.itemIndex).toBe(2);
		}
	});

	it('record pickers and plain fields alike, numbers and text alike', () => {
		expect(readNumericId(contextWith({ talentId: { __rl: true, mode: 'id', value: 100005 } }), 'talentId', 'Talent', 0, 'Avionté')).toBe(100005);
		expect(readNumericId(contextWith({ nominationId: '42' }), 'nominationId', 'Nomination ID', 0, 'Avionté')).toBe(42);
		expect(readOpaqueId(contextWith({ tripId: 98765 }), 'tripId', 'Trip ID', 0)).toBe('98765');
		expect(() => readOpaqueId(contextWith({ tripId: '' }), 'tripId', 'Trip ID', 1)).toThrow('"Trip ID" of item 1 is empty');
	});
});
