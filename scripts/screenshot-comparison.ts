// docs/comparison.png: the comparison page of a fresh demo, as its donor sees it at 1280 px.
// Run `npx vite build` first, then `npx tsx scripts/screenshot-comparison.ts [query string]`; without one, the
// view committed: four of the five countries, so that the filters show in use.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const query = process.argv[2] ?? '?country=SN&country=ML&country=CI&country=GN';
const dir = mkdtempSync(join(tmpdir(), 'mesure-screenshot-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'mesure.db')}` };

const seeded = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'seed-demo'], { cwd: ROOT, env, encoding: 'utf8' });
const [, email, password] = /^donor (\S+) (\S+)$/m.exec(seeded) ?? [];
if (!email) throw new Error(`seed-demo printed no donor account:\n${seeded}`);

const port = await new Promise<number>((done) => {
	const probe = createServer().listen(0, '127.0.0.1', () => {
		const { port } = probe.address() as { port: number };
		probe.close(() => done(port));
	});
});
const url = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js')], {
	cwd: dir,
	env: { ...env, PORT: String(port), HOST: '127.0.0.1', MESURE_SKIP_BUILD: '1' },
	stdio: 'inherit'
});
try {
	for (let tries = 0; ; tries++) {
		if ((await fetch(`${url}/robots.txt`).catch(() => null))?.ok) break;
		if (tries > 200) throw new Error('the server did not start');
		await new Promise((done) => setTimeout(done, 100));
	}
	const signedIn = await fetch(`${url}/signin`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password })
	});
	const session = /mesure_session=([^;]+)/.exec(signedIn.headers.get('set-cookie') ?? '')?.[1];
	if (!session) throw new Error(`signing in answered ${signedIn.status}`);

	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
	const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
	await context.addCookies([{ name: 'mesure_session', value: session, url }]);
	const page = await context.newPage();
	await page.goto(`${url}/compare${query}`);
	await page.locator('canvas[data-points]').first().waitFor();
	await page.screenshot({ path: join(ROOT, 'docs', 'comparison.png'), fullPage: true });
	await browser.close();
	console.log('docs/comparison.png written');
} finally {
	server.kill();
}
