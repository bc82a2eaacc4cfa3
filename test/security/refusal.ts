/** The message a credential's `authenticate` refuses a request with; fails the test when it signs the request instead. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected authenticate to refuse');
}
