/**
 * The sandbox's duplicate switches do what duplicates.js says, so the match matrix tests the node
 * against each answer rather than against a lenient fake.
 */
const { createDuplicateSettings, duplicateAnswer, findDuplicate } = require('./duplicates');

const talents = new Map<number, Record<string, unknown>>([
	[1, { id: 1, firstName: 'Ada', lastName: 'Lovelace', emailAddress: 'ada@example.test', mobilePhone: '555-0100', taxIdNumber: '123456789' }],
	[2, { id: 2, firstName: 'Grace', lastName: 'Hopper', emailAddress: 'grace@example.test', mobilePhone: '555-0200' }],
]);

describe('duplicate rules', () => {
	it('current: the SSN alone, else the email alone, else name and mobile digits', () => {
		expect(findDuplicate(talents, { taxIdNumber: '123-45-6789', emailAddress: 'other@example.test' }, 'current').talent?.id).toBe(1);
		expect(findDuplicate(talents, { taxIdNumber: '999999999', emailAddress: 'ada@example.test' }, 'current').talent).toBeUndefined();
		expect(findDuplicate(talents, { emailAddress: ' ADA@example.test', firstName: 'Someone' }, 'current').talent?.id).toBe(1);
		expect(findDuplicate(talents, { emailAddress: 'new@example.test', firstName: 'Ada', lastName: 'Lovelace', mobilePhone: '5550100' }, 'current').talent).toBeUndefined();
		expect(findDuplicate(talents, { firstName: 'ada', lastName: 'LOVELACE', mobilePhone: '(555) 0100' }, 'current').talent?.id).toBe(1);
	});

	it('older: without an SSN, first and last name and (email or mobile phone)', () => {
		expect(findDuplicate(talents, { emailAddress: 'new@example.test', firstName: 'Ada', lastName: 'Lovelace', mobilePhone: '5550100' }, 'older').talent?.id).toBe(1);
		expect(findDuplicate(talents, { emailAddress: 'ada@example.test', firstName: 'Not', lastName: 'Ada' }, 'older').talent).toBeUndefined();
	});
});

describe('answers', () => {
	const ada = { emailAddress: 'ada@example.test', firstName: 'Ada', lastName: 'Lovelace' };

	it('none lets every create through; the others answer per switch', () => {
		const settings = createDuplicateSettings();
		expect(settings.snapshot()).toEqual({ duplicates: 'none', duplicateStatus: 400, duplicateRules: 'current' });
		expect(duplicateAnswer(settings.current, talents, ada)).toBeUndefined();
		settings.update({ duplicates: 'existing' });
		expect(duplicateAnswer(settings.current, talents, ada)).toEqual([200, talents.get(1)]);
		settings.update({ duplicates: 'error-with-id', duplicateStatus: 409 });
		expect(duplicateAnswer(settings.current, talents, ada)).toEqual([409, { message: 'Duplicate talent: a talent with this email already exists (talent ID 1).', talentId: 1 }]);
		settings.update({ duplicates: 'error' });
		const [status, body] = duplicateAnswer(settings.current, talents, ada);
		expect(status).toBe(409);
		expect(JSON.stringify(body)).not.toMatch(/\d/);
		expect(duplicateAnswer(settings.current, talents, { ...ada, emailAddress: 'new@example.test' })).toBeUndefined();
	});

	it('refuses unknown settings and resets to the start options', () => {
		const settings = createDuplicateSettings({ duplicates: 'existing' });
		expect(() => settings.update({ duplicates: 'maybe' })).toThrow('duplicates must be one of none, existing, error-with-id, error');
		settings.update({ duplicates: 'error' });
		settings.reset();
		expect(settings.current.duplicates).toBe('existing');
	});
});
