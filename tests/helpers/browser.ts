import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { announceMissing, isRequired } from './requirements';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether to run browser suites: throws when required and missing, warns and says no when optional. */
export function browserAvailable(): boolean {
	if (existsSync(CHROMIUM_PATH)) return true;
	if (isRequired('REQUIRE_BROWSER')) throw new Error(`Chromium is required but missing at ${CHROMIUM_PATH}`);
	announceMissing('Chromium', 'REQUIRE_BROWSER', `${CHROMIUM_PATH} is missing; apt-get install chromium`);
	return false;
}

/**
 * Debian's Chromium, headless, with no calls to the outside network. Playwright gives every launch a
 * fresh temporary profile (it refuses a `--user-data-dir` of ours).
 */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}
