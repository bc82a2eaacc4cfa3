#!/usr/bin/env node
/** `npm run sandbox`: runs the fake APIs until Ctrl-C. Options: --port N, --talents N, --latency MS. */
const { start } = require('./index');

function arg(name, fallback) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

start({ port: arg('port', Number(process.env.SANDBOX_PORT || 4010)), talentCount: arg('talents', 250) }).then((sandbox) => {
	const latency = arg('latency', 0);
	if (latency) sandbox.setFaults({ latencyMs: latency });
	process.stdout.write(
		[
			`Sandbox listening on ${sandbox.url}`,
			`  Avionté gateway base:   ${sandbox.avionteBaseUrl}`,
			`  Avinode API base:       ${sandbox.avinodeBaseUrl}`,
			`  Schedaero API base:     ${sandbox.schedaeroBaseUrl}`,
			`  Control:                ${sandbox.url}/__sandbox/health`,
			'',
		].join('\n'),
	);
	const stop = () => sandbox.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
});
