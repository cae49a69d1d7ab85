import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './serve';

// A raw request: fetch would normalise `..` and refuse a broken escape before it left.
function get(url: string, path: string): Promise<{ status: number; body: string }> {
	return new Promise((done, fail) => {
		const at = new URL(url);
		const call = request({ host: at.hostname, port: at.port, path, method: 'GET' }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => done({ status: response.statusCode ?? 0, body }));
		});
		call.on('error', fail);
		call.end();
	});
}

/** A GET as a browser makes it, asking for gzip; the body as the browser reads it. */
function getGzipped(url: string, path: string): Promise<{ encoding: string; body: string }> {
	return new Promise((done, fail) => {
		const at = new URL(url);
		const headers = { 'accept-encoding': 'gzip, deflate, br' };
		const call = request({ host: at.hostname, port: at.port, path, headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				done({
					encoding: String(response.headers['content-encoding']),
					body: gunzipSync(Buffer.concat(chunks)).toString('utf8')
				})
			);
		});
		call.on('error', fail);
		call.end();
	});
}

describe('the static server', () => {
	let folder: string;
	let server: Server;
	let url: string;

	beforeAll(async () => {
		folder = mkdtempSync(join(tmpdir(), 'close-read-serve-'));
		mkdirSync(join(folder, 'build', 'read'), { recursive: true });
		mkdirSync(join(folder, 'build-secret'));
		writeFileSync(join(folder, 'build', 'index.html'), 'home');
		writeFileSync(join(folder, 'build', '404.html'), 'not found page');
		writeFileSync(join(folder, 'build', '_headers'), '/*\n  X-Frame-Options: DENY\n');
		writeFileSync(join(folder, 'build-secret', 'file.txt'), 'secret');
		writeFileSync(join(folder, 'secret.txt'), 'secret');
		({ server, url } = await startServer({
			root: join(folder, 'build'),
			port: 0,
			hidden: ['/_headers']
		}));
	});

	afterAll(() => {
		server.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('sends a page gzipped, and a page rebuilt since as it now is', async () => {
		writeFileSync(join(folder, 'build', 'about.html'), 'first build');
		expect(await getGzipped(url, '/about.html')).toEqual({ encoding: 'gzip', body: 'first build' });
		writeFileSync(join(folder, 'build', 'about.html'), 'second build');
		// Where the file system keeps times coarsely, the two writes could share one: set apart.
		utimesSync(join(folder, 'build', 'about.html'), new Date(), new Date(Date.now() + 5_000));
		expect(await getGzipped(url, '/about.html')).toEqual({
			encoding: 'gzip',
			body: 'second build'
		});
	});

	it('answers 400 to a malformed escape and goes on serving', async () => {
		expect((await get(url, '/read/%E0%A4%A/')).status).toBe(400);
		expect(await get(url, '/')).toEqual({ status: 200, body: 'home' });
	});

	it('never serves a file from a sibling folder whose name starts like the root', async () => {
		const answer = await get(url, '/..%2fbuild-secret%2ffile.txt');
		expect(answer.status).toBe(404);
		expect(answer.body).toBe('not found page');
	});

	it('never serves a file from the parent folder', async () => {
		for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt']) {
			const answer = await get(url, path);
			expect(answer.status).toBe(404);
			expect(answer.body).not.toContain('secret');
		}
	});

	it('answers 404 for a path it is told to hide, as Netlify does for _headers', async () => {
		expect((await get(url, '/_headers')).status).toBe(404);
	});

	it('answers 404 to a NUL in the path rather than failing', async () => {
		expect((await get(url, '/index.html%00.txt')).status).toBe(404);
	});
});
