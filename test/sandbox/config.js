/**
 * The sandbox's well-known test identities. Fake values, valid only against this sandbox.
 * Tests scan outputs and logs for these to prove secrets never leak.
 */
module.exports = {
	avionte: {
		apiKey: 'sbx-avionte-api-key-7f3c9d21',
		clientId: 'partner.api.sandbox',
		clientSecret: 'sbx-avionte-client-secret-51be0a97',
		scope: 'avionte.aero.compasintegrationservice',
		tenant: 'apitest',
		frontOfficeTenantId: '4242',
		keyHeader: 'X-api-key',
		webhookSecret: 'sbx-avionte-webhook-secret-0c1d',
	},
	avinode: {
		apiToken: '229B8C9E-B3F2-4FA6-8BAE-71DF00943C0E',
		connectionToken: 'sbx-avinode-connection-token-e41f7a',
		schedaeroConnectionToken: 'sbx-schedaero-connection-token-9b2d44',
		clientId: 'sbx-avinode-oauth-client',
		clientSecret: 'sbx-avinode-oauth-secret-77aa10',
	},
};
