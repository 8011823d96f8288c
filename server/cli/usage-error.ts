/** A mistake in how warmly was called: one line on stderr and exit code 2. */
export class UsageError extends Error {}
