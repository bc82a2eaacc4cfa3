import { pastedBearerToken, pastedSecret } from '../../nodes/shared/pasted';

describe('secrets as people paste them', () => {
	it.each([
		['sbx-token', 'sbx-token'],
		['  sbx-token\n', 'sbx-token'],
		['Bearer sbx-token', 'sbx-token'],
		['bearer   sbx-token ', 'sbx-token'],
		['BEARER\tsbx-token', 'sbx-token'],
		['Bearersbx-token', 'Bearersbx-token'],
		['', ''],
	])('bearer token %j is sent as %j', (pasted, sent) => {
		expect(pastedBearerToken(pasted)).toBe(sent);
	});

	it('other secrets lose only the white space around them', () => {
		expect(pastedSecret(' Bearer key \r\n')).toBe('Bearer key');
		expect(pastedSecret(undefined)).toBe('');
		expect(pastedSecret(42)).toBe('');
	});
});
