/**
 * What the credential's "Test" button tells a user who typed one value wrong. The verdict below does
 * what n8n's CredentialsTester does with a credential's declarative test (the e2e suite asks the real
 * one): send the test request the way RoutingNode does (full response), then on an error status take
 * the message of a `responseCode` rule or the HTTP reason, and on an answer take the first
 * `responseSuccessBody` rule whose key holds its value.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	IAuthenticateRuleResponseCode,
	IAuthenticateRuleResponseSuccessBody,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { AvinodeApi } from '../credentials/AvinodeApi.credentials';
import { AvionteApi } from '../credentials/AvionteApi.credentials';
import { SchedaeroApi } from '../credentials/SchedaeroApi.credentials';
import { evaluateCredentialExpression } from './harness/credentialExpressions';
import { httpRequest } from './harness/http';
import { avinodeCredentials, avionteCredentials, sandboxConfig, schedaeroCredentials } from './harness/sandbox';
import { sandboxForEachTest } from './harness/suiteSandbox';

const { sandbox } = sandboxForEachTest({ credentials: () => ({}) });

/** lodash's `get`, as n8n uses it on the rules' keys (`meta.errors[0].code`). */
function valueAt(value: unknown, key: string): unknown {
	return key
		.replace(/\[(\d+)\]/g, '.$1')
		.split('.')
		.reduce<unknown>((current, part) => (current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined), value);
}

interface FullResponse {
	body: unknown;
	statusCode: number;
	statusMessage?: string;
}

type Verdict = { status: 'OK' | 'Error'; message: string };

async function verdict(type: AvionteApi | AvinodeApi, credentials: ICredentialDataDecryptedObject): Promise<Verdict> {
	const test = type.test as ICredentialTestRequest;
	const data = { ...credentials, accessToken: '' };
	try {
		Object.assign(data, await type.preAuthentication.call({ helpers: { httpRequest } } as never, data));
	} catch (error) {
		return { status: 'Error', message: (error as Error).message };
	}
	const request: IHttpRequestOptions = {
		method: test.request.method ?? 'GET',
		url: `${evaluateCredentialExpression(test.request.baseURL, data)}${evaluateCredentialExpression(test.request.url, data)}`,
		ignoreHttpStatusErrors: test.request.ignoreHttpStatusErrors,
		returnFullResponse: true,
	};
	let response: FullResponse;
	try {
		response = (await httpRequest(await type.authenticate(data, request))) as FullResponse;
	} catch (error) {
		const { status, statusText } = (error as { response: { status: number; statusText: string } }).response;
		const rule = (test.rules as IAuthenticateRuleResponseCode[] | undefined)?.find((r) => r.type === 'responseCode' && r.properties.value === status);
		return { status: 'Error', message: rule?.properties.message ?? statusText };
	}
	const body = Array.isArray(response.body) ? response.body[0] : response.body;
	const rule = (test.rules as IAuthenticateRuleResponseSuccessBody[] | undefined)?.find((r) => r.type === 'responseSuccessBody' && valueAt(body, r.properties.key) === r.properties.value);
	return rule ? { status: 'Error', message: rule.properties.message } : { status: 'OK', message: 'Connection successful!' };
}

describe('Avionté credential test', () => {
	const type = new AvionteApi();

	it('passes with the right values, also pasted with spaces around them', async () => {
		expect(await verdict(type, avionteCredentials(sandbox()))).toEqual({ status: 'OK', message: 'Connection successful!' });
		const pasted = { apiKey: ` ${sandboxConfig.avionte.apiKey}\n`, clientSecret: `${sandboxConfig.avionte.clientSecret} `, tenant: ' apitest ' };
		expect((await verdict(type, avionteCredentials(sandbox(), pasted))).status).toBe('OK');
	});

	it('a wrong tenant: says the tenant is not accessible and which fields to check', async () => {
		const { status, message } = await verdict(type, avionteCredentials(sandbox(), { tenant: 'wrongtenant' }));
		expect(status).toBe('Error');
		expect(message).toMatch(/^The tenant is not accessible with these credentials/);
		expect(message).toContain('Check Tenant, or Front Office Tenant ID');
	});

	it('a wrong Front Office Tenant ID gets the same advice', async () => {
		const { message } = await verdict(type, avionteCredentials(sandbox(), { frontOfficeTenantId: '999' }));
		expect(message).toMatch(/^The tenant is not accessible/);
	});

	it('a token the API withdrew while n8n still holds it is named as such, not as a tenant problem', async () => {
		expect((await verdict(type, avionteCredentials(sandbox()))).status).toBe('OK');
		sandbox().expireAvionteTokens();
		const { status, message } = await verdict(type, avionteCredentials(sandbox()));
		expect(status).toBe('Error');
		expect(message).toMatch(/^Avionté no longer accepts the access token n8n holds/);
	});

	it('a wrong client secret keeps the explanation of the refused token request', async () => {
		const { message } = await verdict(type, avionteCredentials(sandbox(), { clientSecret: 'wrong-secret' }));
		expect(message).toMatch(/Check the Client ID, Client Secret, API key and Scope/);
	});
});

describe('Avinode credential test', () => {
	const type = new AvinodeApi();

	it('passes with the right tokens, also with the connection token pasted as "Bearer …"', async () => {
		expect(await verdict(type, avinodeCredentials(sandbox()))).toEqual({ status: 'OK', message: 'Connection successful!' });
		const pasted = { connectionToken: `Bearer ${sandboxConfig.avinode.connectionToken}\n`, apiToken: ` ${sandboxConfig.avinode.apiToken} ` };
		expect((await verdict(type, avinodeCredentials(sandbox(), pasted))).status).toBe('OK');
		expect(sandbox().ledger.at(-1)?.headers.authorization).toBe(`Bearer ${sandboxConfig.avinode.connectionToken}`);
		expect((await verdict(type, avinodeCredentials(sandbox(), { platform: 'schedaero' }))).status).toBe('OK');
	});

	it('tells a wrong application token from a wrong connection token', async () => {
		const application = await verdict(type, avinodeCredentials(sandbox(), { apiToken: 'wrong-application-token' }));
		const connection = await verdict(type, avinodeCredentials(sandbox(), { connectionToken: 'wrong-connection-token' }));
		expect(application.status).toBe('Error');
		expect(connection.status).toBe('Error');
		expect(application.message).toMatch(/^Avinode did not accept the Application API Token .* Check Application API Token/);
		expect(connection.message).toMatch(/^Avinode did not accept the token of the API connection .* Check API Connection Token/);
		expect(application.message).not.toEqual(connection.message);
	});

	it('any other failed answer fails the test too, error pages of a proxy included', async () => {
		sandbox().script({ status: 502, body: '<html><body>Bad gateway</body></html>' });
		const { status, message } = await verdict(type, avinodeCredentials(sandbox()));
		expect(status).toBe('Error');
		expect(message).toMatch(/^Avinode did not accept the test call/);
	});
});

describe('Schedaero credential test', () => {
	const type = new SchedaeroApi();

	it('passes with the right tokens, also with the connection token pasted as "Bearer …"', async () => {
		expect(await verdict(type, schedaeroCredentials(sandbox()))).toEqual({ status: 'OK', message: 'Connection successful!' });
		const pasted = { connectionToken: ` Bearer ${sandboxConfig.avinode.schedaeroConnectionToken}\n` };
		expect((await verdict(type, schedaeroCredentials(sandbox(), pasted))).status).toBe('OK');
		expect(sandbox().ledger.at(-1)?.headers.authorization).toBe(`Bearer ${sandboxConfig.avinode.schedaeroConnectionToken}`);
	});

	it("gives the Avinode credential's distinct messages for a wrong application token and a wrong connection token", async () => {
		const application = await verdict(type, schedaeroCredentials(sandbox(), { apiToken: 'wrong-application-token' }));
		const connection = await verdict(type, schedaeroCredentials(sandbox(), { connectionToken: 'wrong-connection-token' }));
		expect(application).toEqual(await verdict(new AvinodeApi(), avinodeCredentials(sandbox(), { platform: 'schedaero', apiToken: 'wrong-application-token' })));
		expect(connection).toEqual(await verdict(new AvinodeApi(), avinodeCredentials(sandbox(), { platform: 'schedaero', connectionToken: 'wrong-connection-token' })));
		expect(application.status).toBe('Error');
		expect(connection.status).toBe('Error');
		expect(application.message).toMatch(/^Avinode did not accept the Application API Token .* Check Application API Token/);
		expect(connection.message).toMatch(/^Avinode did not accept the token of the API connection .* Check API Connection Token/);
	});
});
