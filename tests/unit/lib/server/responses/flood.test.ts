import { describe, expect, it } from 'vitest';
import { bucketAddress, networkOf } from '$lib/server/responses/flood';

describe('networkOf', () => {
	it.each([
		['203.0.113.7', '203.0.113.7'],
		['::ffff:203.0.113.7', '203.0.113.7'],
		['2001:db8:85a3:1:8a2e:370:7334:1', '2001:db8:85a3:1::/64'],
		['2001:db8:85a3:1::42', '2001:db8:85a3:1::/64'],
		['2001:db8::1', '2001:db8:0:0::/64'],
		['2001:0db8:0000:0001::1', '2001:db8:0:1::/64'],
		['::1', '0:0:0:0::/64']
	])('%s → %s', (address, network) => {
		expect(networkOf(address)).toBe(network);
	});
});

describe('bucketAddress', () => {
	it('keeps 24 bits, the same for one link and one network, others apart', () => {
		const bucket = bucketAddress('link-a', '2001:db8:85a3:1::42');
		expect(bucket).toMatch(/^[0-9a-f]{6}$/);
		expect(bucketAddress('link-a', '2001:db8:85a3:1:ffff::9')).toBe(bucket);
		expect(bucketAddress('link-b', '2001:db8:85a3:1::42')).not.toBe(bucket);
		expect(bucketAddress('link-a', '203.0.113.7')).not.toBe(bucketAddress('link-a', '203.0.113.8'));
	});
});
