/** JSON with object keys sorted at every depth, so the same data always gives the same text. */
export function canonicalJson(value: unknown, omitKeys: ReadonlySet<string> = new Set()): string {
	if (Array.isArray(value)) return `[${value.map((entry) => canonicalJson(entry, omitKeys)).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([key, entry]) => !omitKeys.has(key) && entry !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry, omitKeys)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}
