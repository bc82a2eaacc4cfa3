/** The pure parts of the talent sync: values, comparison, update bodies, duplicate answers, keys, locks. */
import { existingTalentIdIn, isDuplicateRefusal, namedTalentId, readCreateAnswer } from '../../nodes/Avionte/actions/talent/duplicateAnswer';
import type { CreateAnswer } from '../../nodes/Avionte/actions/talent/duplicateAnswer';
import { syncRunOf, withLocks } from '../../nodes/Avionte/actions/talent/syncRun';
import { changedTalentFields, sameTalentValue, updateBody, withoutStaleStatus, withoutStatus } from '../../nodes/Avionte/actions/talent/talentChanges';
import { buildTalentIndex, duplicateKey, emailKey, isSamePerson } from '../../nodes/Avionte/actions/talent/talentIndex';
import { TalentValueError, autoMapInput, dateOnly, talentFromValues } from '../../nodes/Avionte/actions/talent/talentValues';

describe('talent values', () => {
	it('leaves empty values out, so an empty cell never clears a field', () => {
		expect(talentFromValues({ firstName: 'Ada', middleName: '', lastName: '  ', mobilePhone: null, homePhone: undefined }, 0)).toEqual({ changes: { firstName: 'Ada' }, talentId: undefined });
	});

	it('sends a status name as status and a status ID as statusId', () => {
		expect(talentFromValues({ status: 'Active' }, 0).changes).toEqual({ status: 'Active' });
		expect(talentFromValues({ status: ' 3 ' }, 0).changes).toEqual({ statusId: 3 });
		expect(talentFromValues({ status: 4 }, 0).changes).toEqual({ statusId: 4 });
	});

	it('takes the Talent ID apart from the body; 0 means none', () => {
		expect(talentFromValues({ id: '100004', firstName: 'A' }, 0)).toEqual({ changes: { firstName: 'A' }, talentId: 100004 });
		expect(talentFromValues({ id: 0 }, 0).talentId).toBeUndefined();
		expect(() => talentFromValues({ id: 'abc' }, 2)).toThrow(new TalentValueError('"Talent ID" of item 2 must be a numeric ID, got "abc"'));
	});

	it('builds the resident address from its parts', () => {
		expect(talentFromValues({ residentStreet1: '1 Main St', residentState: 'MN', residentCountry: 'US' }, 0).changes).toEqual({ residentAddress: { street1: '1 Main St', state_Province: 'MN', country: 'US' } });
	});

	it('reads dates from the date picker, ISO text, other date text and Date objects', () => {
		expect(dateOnly('1990-05-01T00:00:00')).toBe('1990-05-01');
		expect(dateOnly('1990-05-01')).toBe('1990-05-01');
		expect(dateOnly(new Date(1990, 4, 1, 23, 30))).toBe('1990-05-01');
		expect(dateOnly('May 1, 1990')).toBe('1990-05-01');
		expect(dateOnly('not a date')).toBeUndefined();
	});

	it('takes choices by value or name, in any case, and gender words as Avionté documents them', () => {
		expect(talentFromValues({ gender: 'female', filingStatus: 'married with higher rates' }, 0).changes).toEqual({ gender: 'F', filingStatus: 'MarriedWithHigherRates' });
		expect(talentFromValues({ gender: 'Non-Binary' }, 0).changes).toEqual({ gender: 'N' });
		expect(() => talentFromValues({ gender: 'other' }, 1)).toThrow('"Gender" of item 1 must be one of Female, I Do Not Wish To Answer, Male, Non-Binary, got "other"');
	});

	it('takes a branch by ID, or by the name in its list', () => {
		const options = new Map([['frontOfficeId', [{ name: 'Austin', value: 12 }]]]);
		expect(talentFromValues({ frontOfficeId: 'austin' }, 0, options).changes).toEqual({ frontOfficeId: 12 });
		expect(talentFromValues({ frontOfficeId: '13' }, 0, options).changes).toEqual({ frontOfficeId: 13 });
		expect(() => talentFromValues({ frontOfficeId: 'Paris' }, 0, options)).toThrow('"Home Office (Branch)" of item 0 must be a numeric ID or one of the names in its list, got "Paris"');
	});

	it('checks email and tax ID shape; the tax ID never appears in the message', () => {
		expect(() => talentFromValues({ emailAddress: 'not-an-email' }, 0)).toThrow('"Email Address" of item 0 is not an email address: "not-an-email"');
		expect(talentFromValues({ taxIdNumber: '123-45-6789' }, 0).changes).toEqual({ taxIdNumber: '123456789' });
		let message = '';
		try {
			talentFromValues({ taxIdNumber: '12-345' }, 0);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toMatch(/must be exactly 9 digits/);
		expect(message).not.toContain('345');
	});
});

describe('Map Automatically', () => {
	it('matches names ignoring case, spaces and punctuation, the field\'s own name before another name for it', () => {
		expect(autoMapInput({ 'First Name': 'A', LAST_NAME: 'B', 'e-mail': 'a@b.test', Phone: '1', 'Mobile Phone': '2', Zip: '55401' })).toEqual({
			values: { firstName: 'A', lastName: 'B', emailAddress: 'a@b.test', mobilePhone: '2', residentPostalCode: '55401' },
			unmatched: [],
		});
	});

	it('skips "_" fields and empty values, and lists the input fields no talent field takes', () => {
		expect(autoMapInput({ _sync: { action: 'created' }, Notes: 'x', Empty: '', Source: 'fair' })).toEqual({ values: {}, unmatched: ['Notes', 'Source'] });
	});

	it("takes a talent record's address object and prefers its status name to its status ID", () => {
		expect(autoMapInput({ status: 'Placed', statusId: 3, residentAddress: { city: 'Austin', state_Province: 'TX' } }).values).toEqual({ status: 'Placed', residentCity: 'Austin', residentState: 'TX' });
	});
});

describe('comparing and updating', () => {
	it('compares the way people read values', () => {
		expect(sameTalentValue('emailAddress', 'Ada@Example.test', ' ada@example.test ')).toBe(true);
		expect(sameTalentValue('mobilePhone', '(555) 010-0100', '555.010.0100')).toBe(true);
		expect(sameTalentValue('birthday', '1990-05-01T00:00:00', '1990-05-01')).toBe(true);
		expect(sameTalentValue('status', 'active', 'Active')).toBe(true);
		expect(sameTalentValue('statusId', 3, '3')).toBe(true);
		expect(sameTalentValue('gender', 'Female', 'F')).toBe(true);
		expect(sameTalentValue('frontOfficeId', 11, 12)).toBe(false);
		expect(sameTalentValue('firstName', 'ada', 'Ada')).toBe(false);
		expect(sameTalentValue('residentAddress.country', 'us', 'US')).toBe(true);
		expect(sameTalentValue('federalAllowances', undefined, 0)).toBe(false);
	});

	it('lists the changed fields, address parts by path', () => {
		const current = { firstName: 'Ada', mobilePhone: '555-0100', residentAddress: { city: 'Austin', postalCode: '73301' } };
		expect(changedTalentFields(current, { firstName: 'Ada', mobilePhone: '5550100', residentAddress: { city: 'Denver', postalCode: '73301' } })).toEqual(['residentAddress.city']);
		expect(changedTalentFields({}, { firstName: 'Ada', residentAddress: { city: 'Austin' } })).toEqual(['firstName', 'residentAddress.city']);
	});

	it('never sends a stale status ID beside a new status name, nor a stale name beside a new ID', () => {
		const current = { id: 7, status: 'Active', statusId: 1, firstName: 'Ada' };
		expect(updateBody(current, { status: 'Placed' })).toEqual({ id: 7, status: 'Placed', firstName: 'Ada' });
		expect(updateBody(current, { statusId: 3 })).toEqual({ id: 7, statusId: 3, firstName: 'Ada' });
		expect(updateBody(current, { firstName: 'Grace' })).toEqual({ id: 7, status: 'Active', statusId: 1, firstName: 'Grace' });
		expect(withoutStaleStatus({ status: 'Placed', statusId: 1 }, { status: 'Placed', statusId: 3 })).toEqual({ status: 'Placed', statusId: 1 });
		expect(withoutStatus({ status: 'Placed', statusId: 3, firstName: 'A' })).toEqual({ firstName: 'A' });
	});

	it('merges the address part by part and keeps the talent ID', () => {
		expect(updateBody({ id: 7, residentAddress: { city: 'Austin', street1: '1 Main' } }, { id: 99, residentAddress: { city: 'Denver' } } as never)).toEqual({ id: 7, residentAddress: { city: 'Denver', street1: '1 Main' } });
	});
});

describe("Avionté's answers to a duplicate create", () => {
	it('recognises a refusal that says the person exists', () => {
		expect(isDuplicateRefusal('409', 'Avionté API error 409: Conflict')).toBe(true);
		expect(isDuplicateRefusal('400', 'Avionté API error 400: Duplicate talent found')).toBe(true);
		expect(isDuplicateRefusal('400', 'Avionté API error 400: The email is already associated to an existing talent.')).toBe(true);
		expect(isDuplicateRefusal('400', 'Avionté API error 400: emailAddress is not a valid email address.')).toBe(false);
		expect(isDuplicateRefusal('404', 'Talent already exists?')).toBe(false);
		expect(isDuplicateRefusal('500', 'duplicate')).toBe(false);
		expect(isDuplicateRefusal(undefined, 'duplicate')).toBe(false);
	});

	it('reads the existing talent ID a refusal names, and no other number', () => {
		expect(existingTalentIdIn('Duplicate talent: a talent with this email already exists (talent ID 100004).')).toBe(100004);
		expect(existingTalentIdIn('Duplicate of TalentId: 123456')).toBe(123456);
		expect(existingTalentIdIn('Avionté API error 409: duplicate email')).toBeUndefined();
		expect(existingTalentIdIn('RequestId 1234abcd duplicate')).toBeUndefined();
	});

	it('reads the talent a refusal names from a talent ID property of its body before its text', () => {
		expect(namedTalentId({ message: 'Duplicate. Request ID 77812', talentId: 100004 }, 'Avionté API error 409: Duplicate. Request ID 77812')).toBe(100004);
		expect(namedTalentId({ message: 'x', existingTalentId: '100005' }, 'x')).toBe(100005);
		expect(namedTalentId({ message: 'Duplicate', talentId: 'none' }, 'Duplicate (talent ID 100006)')).toBe(100006);
		expect(namedTalentId('Duplicate', 'Duplicate')).toBeUndefined();
	});

	describe('tells a new talent from an existing one by the talent, not the status alone', () => {
		const sentAt = Date.UTC(2026, 11, 4, 12);
		const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 23);
		const sent = { firstName: 'Ada', lastName: 'Lovelace', emailAddress: 'ada@example.test' };
		const answer = (statusCode: number, talent: Record<string, unknown>, more: Partial<CreateAnswer> = {}): CreateAnswer => ({
			statusCode,
			talent: { id: 6, ...sent, ...talent },
			sent,
			sentAt,
			answeredAt: sentAt + 300,
			writtenThisRun: { has: () => false },
			...more,
		});
		const justNow = { createdDate: stamp(sentAt + 100), lastUpdatedDate: stamp(sentAt + 100) };
		const hoursAgo = { createdDate: stamp(sentAt - 5 * 3600_000), lastUpdatedDate: stamp(sentAt - 5 * 3600_000) };

		it('by the listing read before, or a talent this execution wrote', () => {
			expect(readCreateAnswer(answer(201, justNow, { listed: new Map([[6, {}]]) }))).toBe('existing');
			expect(readCreateAnswer(answer(200, hoursAgo, { listed: new Map([[5, {}]]) }))).toBe('created');
			expect(readCreateAnswer(answer(201, justNow, { writtenThisRun: { has: (id) => id === 6 } }))).toBe('existing');
		});

		it('a talent created a day before, or edited since it was created, existed already, whatever the status', () => {
			expect(readCreateAnswer(answer(201, { createdDate: stamp(sentAt - 25 * 3600_000) }))).toBe('existing');
			expect(readCreateAnswer(answer(200, { createdDate: stamp(sentAt - 3600_000), lastUpdatedDate: stamp(sentAt - 60_000) }))).toBe('existing');
		});

		it('a 200 with other names or email is the talent Avionté found; one as sent and created during the request is new', () => {
			expect(readCreateAnswer(answer(200, { ...justNow, lastName: 'Byron' }))).toBe('existing');
			expect(readCreateAnswer(answer(200, { ...justNow, emailAddress: ' ADA@example.test ' }))).toBe('created');
			expect(readCreateAnswer(answer(201, hoursAgo))).toBe('created');
		});

		it('a 200 as sent, created in the hours before or with no creation time, is undecided', () => {
			expect(readCreateAnswer(answer(200, hoursAgo))).toBe('undecided');
			expect(readCreateAnswer(answer(200, { createdDate: stamp(sentAt - 1) }))).toBe('undecided');
			expect(readCreateAnswer(answer(200, {}))).toBe('undecided');
		});
	});
});

describe('finding talents', () => {
	it("uses Avionté's documented duplicate key: the SSN, else the email, else name and mobile digits", () => {
		expect(duplicateKey({ taxIdNumber: '123-45-6789', emailAddress: 'a@b.test' })).toBe('ssn:123456789');
		expect(duplicateKey({ emailAddress: ' A@B.test ', firstName: 'A' })).toBe('email:a@b.test');
		expect(duplicateKey({ firstName: ' Ada ', lastName: 'Lovelace', mobilePhone: '(555) 0100' })).toBe('name:ada|lovelace|5550100');
		expect(duplicateKey({ firstName: 'Ada' })).toBeUndefined();
		expect(emailKey('  ')).toBeUndefined();
	});

	it('tells whether a talent is the item\'s person: the same SSN, else email or name and mobile phone', () => {
		const talent = { taxIdNumber: '123456789', emailAddress: 'Ada@x.test', firstName: 'Ada', lastName: 'Lovelace', mobilePhone: '555-0100' };
		expect(isSamePerson(talent, { taxIdNumber: '123-45-6789', emailAddress: 'other@x.test' })).toBe(true);
		expect(isSamePerson(talent, { taxIdNumber: '987654321', emailAddress: 'ada@x.test' })).toBe(false);
		expect(isSamePerson({ ...talent, taxIdNumber: '***-**-6789' }, { taxIdNumber: '987654321', emailAddress: ' ada@X.test' })).toBe(true);
		expect(isSamePerson(talent, { emailAddress: 'new@x.test', firstName: 'ada', lastName: 'LOVELACE', mobilePhone: '(555) 0100' })).toBe(true);
		expect(isSamePerson(talent, { emailAddress: 'new@x.test', firstName: 'Ada', lastName: 'Lovelace' })).toBe(false);
	});

	it('indexes every talent under each key, keeping talents that share one', () => {
		const index = buildTalentIndex([
			{ id: 1, emailAddress: 'A@x.test', firstName: 'A', lastName: 'B', mobilePhone: '1' },
			{ id: 2, emailAddress: 'a@X.test ' },
			{ id: 'x', emailAddress: 'nobody@x.test' },
		]);
		expect(index.byKey.get('email:a@x.test')).toEqual([1, 2]);
		expect(index.byKey.get('name:a|b|1')).toEqual([1]);
		expect([...index.records.keys()]).toEqual([1, 2]);
	});
});

describe('locks for items of one person', () => {
	it('runs tasks sharing a key one after another, others alongside, and never deadlocks on crossed keys', async () => {
		const run = syncRunOf({});
		const order: string[] = [];
		const task = (name: string, ms: number) => async () => {
			order.push(`${name} start`);
			await new Promise((resolve) => setTimeout(resolve, ms));
			order.push(`${name} end`);
			return name;
		};
		const results = await Promise.all([
			withLocks(run, ['email:a', 'id:1'], task('first', 30)),
			withLocks(run, ['id:1', 'email:a'], task('second', 1)),
			withLocks(run, ['email:b'], task('other', 1)),
			withLocks(run, ['email:b', 'email:a'], task('crossed', 1)),
		]);
		expect(results).toEqual(['first', 'second', 'other', 'crossed']);
		expect(order.indexOf('second start')).toBeGreaterThan(order.indexOf('first end'));
		expect(order.indexOf('other start')).toBeLessThan(order.indexOf('first end'));
		expect(order.indexOf('crossed start')).toBeGreaterThan(order.indexOf('second end'));
		expect(run.locks.size).toBe(0);
	});

	it('releases a key when its task fails', async () => {
		const run = syncRunOf({});
		await expect(withLocks(run, ['email:a'], async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
		await expect(withLocks(run, ['email:a'], async () => 'next')).resolves.toBe('next');
	});
});
