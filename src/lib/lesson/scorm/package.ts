/**
 * A lesson as a SCORM package: the built lesson page, marked with the lesson and the SCORM
 * version, every file it loads (found by following the relative links in the page, its scripts
 * and its styles, so nothing is fetched from the network), a service worker that removes itself,
 * and imsmanifest.xml. The same code packs from the build folder (npm run export) and from the
 * site itself (the button in /teach/): `read` gives a file of the built site by its path.
 */
import { strToU8, zipSync } from 'fflate';
import { lessonIdentity, type Lesson } from '../lesson';
import type { ScormVersion } from './interactions';
import { escapeXml, scormManifest } from './manifest';

export const LAUNCH_PAGE = 'lesson/index.html';

/** What the packaged page's files may link to; fonts only as woff2, which every browser reads. */
const PACKED = /\.(?:js|css|woff2|svg|png|json|webmanifest)$/;
const SCANNED = /\.(?:html|js|css)$/;
/** Quoted or url() references that start with ./ or ../, as the build writes them. */
const REFERENCE = /(?:["'`(])(\.{1,2}\/[^"'`()\s?#]+)/g;

/** A service worker that uninstalls itself: the page registers one, and an LMS needs none. */
const NO_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', () => self.registration.unregister());
`;

/** Shown only where the app cannot start (a package file opened from the computer). */
const FILE_NOTE =
	'<p id="lms-file-note" style="max-width:40rem;margin:2rem auto;padding:1rem;font:1.1rem/1.5 system-ui,sans-serif;border:2px solid #1d4e89">' +
	'If this message stays, this lesson cannot start here. Browsers do not run it from a file opened on your computer: ' +
	'upload the zip to your LMS as a SCORM package, or open it from a web server.</p>';

function resolvePath(from: string, reference: string): string | null {
	const parts = from.split('/').slice(0, -1);
	for (const segment of reference.split('/')) {
		if (segment === '..') {
			if (parts.length === 0) {
				return null;
			}
			parts.pop();
		} else if (segment !== '.' && segment !== '') {
			parts.push(segment);
		}
	}
	return parts.join('/');
}

/** Every file the lesson page loads, found from the page outwards. */
export async function lessonPageFiles(
	read: (path: string) => Promise<Uint8Array | null>
): Promise<Map<string, Uint8Array>> {
	const files = new Map<string, Uint8Array>();
	const queue = [LAUNCH_PAGE];
	const decoder = new TextDecoder();
	while (queue.length > 0) {
		const path = queue.shift() ?? '';
		if (files.has(path)) {
			continue;
		}
		const content = await read(path);
		if (content === null) {
			throw new Error(`The lesson page needs ${path}, which the site does not have.`);
		}
		files.set(path, content);
		const text = SCANNED.test(path) || path.endsWith('.webmanifest') ? decoder.decode(content) : '';
		const references = [...text.matchAll(REFERENCE)].map((match) => match[1] ?? '');
		if (path.endsWith('.webmanifest')) {
			// The web manifest names its icons relative to itself, without ./
			references.push(...[...text.matchAll(/"src":\s*"([^"]+)"/g)].map((match) => `./${match[1]}`));
		}
		for (const reference of references) {
			const target = resolvePath(path, reference);
			if (target !== null && PACKED.test(target) && !files.has(target)) {
				queue.push(target);
			}
		}
	}
	return files;
}

/** The lesson page, told which lesson it runs and that an LMS launched it. */
export function markLessonPage(html: string, version: ScormVersion, lessonCode: string): string {
	const marked = html.replace(
		/<html([^>]*)>/,
		`<html$1 data-lms="${version}" data-lesson="${escapeXml(lessonCode)}">`
	);
	if (marked === html) {
		throw new Error('The lesson page has no <html> tag to mark.');
	}
	return marked.replace('</body>', `${FILE_NOTE}</body>`);
}

export interface ScormPackageInput {
	version: ScormVersion;
	lesson: Lesson;
	/** The lesson as its link carries it: the part after '#'. */
	lessonCode: string;
	read: (path: string) => Promise<Uint8Array | null>;
}

export async function buildScormPackage({
	version,
	lesson,
	lessonCode,
	read
}: ScormPackageInput): Promise<{ zip: Uint8Array; files: string[] }> {
	const files = await lessonPageFiles(read);
	const page = new TextDecoder().decode(files.get(LAUNCH_PAGE));
	files.set(LAUNCH_PAGE, strToU8(markLessonPage(page, version, lessonCode)));
	files.set('service-worker.js', strToU8(NO_WORKER));
	const paths = [...files.keys()].sort();
	const manifest = scormManifest({
		version,
		identifier: `close-read-${lessonIdentity(lesson)}`,
		title: lesson.title,
		passMark: lesson.passMark,
		launch: LAUNCH_PAGE,
		files: paths
	});
	const entries: Record<string, Uint8Array> = { 'imsmanifest.xml': strToU8(manifest) };
	for (const path of paths) {
		entries[path] = files.get(path) ?? new Uint8Array();
	}
	return { zip: zipSync(entries, { level: 6 }), files: ['imsmanifest.xml', ...paths] };
}
