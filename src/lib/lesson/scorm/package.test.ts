import { strToU8, unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildLesson } from '../../../test-data/lessons';
import { buildScormPackage, lessonPageFiles, markLessonPage } from './package';

/** A built site in miniature: the lesson page, its scripts, styles and font, and pages it never loads. */
const SITE: Record<string, string> = {
	'lesson/index.html':
		'<!doctype html><html lang="en"><head><link href="../_app/immutable/assets/0.css" rel="stylesheet"><link rel="icon" href="../favicon.svg"></head>' +
		'<body><div class="app"><a href="../progress/">Progress</a></div><script>import("../_app/immutable/entry/start.js")</script></body></html>',
	'_app/immutable/entry/start.js':
		'import{a}from"../chunks/shared.js";const n=()=>import("../nodes/6.js");',
	'_app/immutable/chunks/shared.js': 'export const a=1;',
	'_app/immutable/nodes/6.js': 'import"../chunks/shared.js";',
	'_app/immutable/assets/0.css':
		'@font-face{src:url(./font.woff2) format("woff2"),url(./font.woff) format("woff")}',
	'_app/immutable/assets/font.woff2': 'woff2',
	'_app/immutable/assets/font.woff': 'woff',
	'favicon.svg': '<svg/>',
	'progress/index.html': '<html></html>',
	'_app/immutable/nodes/9.js': 'never loaded by the lesson page'
};

const read = async (path: string) => (path in SITE ? strToU8(SITE[path] ?? '') : null);

describe('the files of a lesson package', () => {
	it('holds every file the lesson page loads, and no other page', async () => {
		const files = await lessonPageFiles(read);
		expect([...files.keys()].sort()).toEqual([
			'_app/immutable/assets/0.css',
			'_app/immutable/assets/font.woff2',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/entry/start.js',
			'_app/immutable/nodes/6.js',
			'favicon.svg',
			'lesson/index.html'
		]);
	});

	it('says which file is missing rather than make a package that breaks in the LMS', async () => {
		const broken = async (path: string) => (path.endsWith('shared.js') ? null : read(path));
		await expect(lessonPageFiles(broken)).rejects.toThrow(/_app\/immutable\/chunks\/shared\.js/);
	});

	it('marks the lesson page with the SCORM version and the lesson', () => {
		const page = markLessonPage(SITE['lesson/index.html'] ?? '', 'scorm2004', 'AB"C');
		expect(page).toContain('<html lang="en" data-lms="scorm2004" data-lesson="AB&quot;C">');
		expect(page).toContain('id="lms-file-note"');
	});

	it('zips the manifest, the page and a service worker that removes itself', async () => {
		const lesson = buildLesson({ title: 'Reading one', passMark: 60 });
		const built = await buildScormPackage({ version: 'scorm12', lesson, lessonCode: 'CODE', read });
		const entries = unzipSync(built.zip);
		expect(Object.keys(entries)).toContain('imsmanifest.xml');
		expect(strFromU8(entries['imsmanifest.xml'] ?? new Uint8Array())).toContain(
			'<adlcp:masteryscore>60</adlcp:masteryscore>'
		);
		expect(strFromU8(entries['lesson/index.html'] ?? new Uint8Array())).toContain(
			'data-lesson="CODE"'
		);
		expect(strFromU8(entries['service-worker.js'] ?? new Uint8Array())).toContain('unregister');
		expect(built.files).toEqual([
			'imsmanifest.xml',
			...Object.keys(entries)
				.filter((name) => name !== 'imsmanifest.xml')
				.sort()
		]);
	});
});
