import { describe, expect, it } from 'vitest';
import {
	SIGN_IN_ACCOUNT_POLICY,
	SIGN_IN_ADDRESS_POLICY,
	waitAfterFailures,
	type ThrottlePolicy
} from '$lib/server/auth/throttle';

const policy: ThrottlePolicy = {
	windowSeconds: 900,
	freeFailures: 3,
	blockAfter: 10,
	blockSeconds: 900,
	maxDelaySeconds: 30
};

describe('waitAfterFailures', () => {
	it.each([
		[1, 0],
		[3, 0],
		[4, 1],
		[5, 2],
		[6, 4],
		[8, 16],
		[9, 30],
		[10, 900],
		[25, 900]
	])('after %i failures waits %i s', (failures, seconds) => {
		expect(waitAfterFailures(failures, policy)).toBe(seconds);
	});
});

describe('sign-in policies', () => {
	it('are looser per address than per account, for classrooms sharing one address', () => {
		expect(SIGN_IN_ADDRESS_POLICY.freeFailures).toBeGreaterThan(SIGN_IN_ACCOUNT_POLICY.freeFailures);
		expect(SIGN_IN_ADDRESS_POLICY.blockAfter).toBeGreaterThan(SIGN_IN_ACCOUNT_POLICY.blockAfter);
	});
});
