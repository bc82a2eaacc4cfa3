/** The error a call or a run fails with; one that succeeds fails the test. */
export async function failureOf<T = Error & { description?: string }>(promise: Promise<unknown>): Promise<T> {
	try {
		await promise;
	} catch (error) {
		return error as T;
	}
	throw new Error('expected the call to fail');
}
