import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Debian's Chromium, headless, with a fresh profile and no calls to the outside network. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
	const profile = mkdtempSync(join(tmpdir(), 'mesure-chromium-'));
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			`--user-data-dir=${profile}`
		]
	});
	return {
		browser,
		close: async () => {
			await browser.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}
