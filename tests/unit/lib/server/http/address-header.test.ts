import { describe, expect, it } from 'vitest';
import { readAddressHeader } from '$lib/server/http/address-header.js';

const read = (headers: Record<string, string>, env: Record<string, string>) =>
	readAddressHeader((name) => headers[name], env);

describe('readAddressHeader (adapter-node’s rules, for npm start’s fast path and the operator)', () => {
	it('leaves the address to the connection when ADDRESS_HEADER is not set', () => {
		expect(read({ 'x-forwarded-for': '198.51.100.7' }, {})).toBeNull();
	});

	it('reads the header named, and x-forwarded-for XFF_DEPTH addresses from its end', () => {
		expect(read({ 'x-real-ip': '198.51.100.7' }, { ADDRESS_HEADER: 'X-Real-IP' })).toEqual({
			ok: true,
			address: '198.51.100.7'
		});
		const forwarded = { 'x-forwarded-for': '198.51.100.7, 203.0.113.2' };
		expect(read(forwarded, { ADDRESS_HEADER: 'x-forwarded-for' })).toEqual({ ok: true, address: '203.0.113.2' });
		expect(read(forwarded, { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '2' })).toEqual({
			ok: true,
			address: '198.51.100.7'
		});
	});

	it('says what is wrong, for the operator, when the request does not carry what the settings promise', () => {
		expect(read({}, { ADDRESS_HEADER: 'x-forwarded-for' })).toEqual({
			ok: false,
			problem: 'ADDRESS_HEADER x-forwarded-for is set but a request came without it: is the proxy setting it?'
		});
		expect(read({ 'x-forwarded-for': '198.51.100.7' }, { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '2' })).toEqual({
			ok: false,
			problem:
				'XFF_DEPTH is 2 but a request came with fewer addresses in x-forwarded-for: does each proxy in front of Mesure add one?'
		});
		expect(read({ 'x-forwarded-for': '198.51.100.7' }, { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '0' })).toEqual({
			ok: false,
			problem: 'XFF_DEPTH is 0 but must be a whole number of 1 or more'
		});
	});
});
