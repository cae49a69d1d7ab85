/**
 * LMS exports made in the teacher's browser: the bank comes from a static file and the exporters
 * load only when asked for, so nobody else downloads them.
 */
import type { CanonicalBank } from '$lib/server/canonical';
import type { Lesson } from '$lib/lesson/lesson';
import type { SkippedQuestion } from '$lib/lesson/lms/selection';
import { withTeacherQuestions } from '$lib/lesson/lms/teacher-questions';
import type { TeacherQuestion } from '$lib/lesson/teacher-question';
import type { ScormVersion } from '$lib/lesson/scorm/interactions';
import { downloadFile } from '$lib/components/download-file';

export type LmsFormat = 'gift' | 'moodle-xml' | 'qti21' | 'qti3';

export const LMS_FORMATS: { format: LmsFormat; label: string }[] = [
	{ format: 'gift', label: 'Moodle GIFT' },
	{ format: 'moodle-xml', label: 'Moodle XML' },
	{ format: 'qti21', label: 'QTI 2.1 (Canvas, Blackboard…)' },
	{ format: 'qti3', label: 'QTI 3.0' }
];

/** What `/teach/bank.json` holds: the canonical bank of each article. */
export interface LmsBanks {
	articles: CanonicalBank[];
}

/**
 * Downloads the export and returns the report: questions the format cannot hold, and those it
 * grades more strictly than the app (typed answers); null when there is nothing to say. An LMS
 * file holds one article (its whole-article questions need its text), so questions from several
 * articles download as one file per article. A lesson's own questions (`teacherQuestions`) go
 * with the article of their reading.
 */
export async function downloadLmsExport(
	format: LmsFormat,
	bankUrl: string,
	name: string,
	questionIds?: string[],
	teacherQuestions: readonly TeacherQuestion[] = []
): Promise<string | null> {
	const banks = ((await (await fetch(bankUrl)).json()) as LmsBanks).articles;
	const articles = banks.map((bank) => withTeacherQuestions(bank, teacherQuestions));
	const parts = articles.flatMap((bank) => {
		const own = questionIds?.filter((id) => bank.questions.some((q) => q.id === id));
		return own === undefined || own.length > 0 ? [{ bank, ids: own }] : [];
	});
	const warnings: string[] = [];
	for (const { bank, ids } of parts) {
		const fileName = parts.length > 1 ? `${name}-${bank.article.id}` : name;
		const warning = await downloadOne(format, bank, fileName, ids);
		if (warning) {
			warnings.push(warning);
		}
	}
	return warnings.length > 0 ? warnings.join('\n') : null;
}

async function downloadOne(
	format: LmsFormat,
	bank: CanonicalBank,
	name: string,
	questionIds: string[] | undefined
): Promise<string | null> {
	const { describeDifferences, describeSkipped } = await import('$lib/lesson/lms/selection');
	const report = ({
		skipped,
		differences
	}: {
		skipped: SkippedQuestion[];
		differences: SkippedQuestion[];
	}) =>
		[
			...(skipped.length > 0 ? [describeSkipped(skipped)] : []),
			...(differences.length > 0 ? [describeDifferences(differences)] : [])
		].join('\n') || null;
	if (format === 'gift' || format === 'moodle-xml') {
		const exported =
			format === 'gift'
				? (await import('$lib/lesson/lms/gift')).toGift(bank, questionIds)
				: (await import('$lib/lesson/lms/moodle-xml')).toMoodleXml(bank, questionIds);
		downloadFile(
			`${name}.${format === 'gift' ? 'gift.txt' : 'moodle.xml'}`,
			exported.text,
			format === 'gift' ? 'text/plain' : 'application/xml'
		);
		return report(exported);
	}
	const pack =
		format === 'qti21'
			? (await import('$lib/lesson/lms/qti21')).toQti21Package(bank, questionIds)
			: (await import('$lib/lesson/lms/qti3')).toQti3Package(bank, questionIds);
	downloadFile(`${name}-${format}.zip`, pack.zip as BlobPart, 'application/zip');
	return report(pack);
}

export const SCORM_FORMATS: { version: ScormVersion; label: string }[] = [
	{ version: 'scorm12', label: 'SCORM 1.2 package' },
	{ version: 'scorm2004', label: 'SCORM 2004 package' }
];

/**
 * Packs the lesson with the lesson page and every file it loads, fetched from this site (from the
 * offline cache when offline), and downloads the zip. `siteRoot` is the site's root URL.
 */
export async function downloadScormPackage(
	version: ScormVersion,
	siteRoot: URL,
	lesson: Lesson,
	lessonCode: string,
	name: string
): Promise<void> {
	const { buildScormPackage } = await import('$lib/lesson/scorm/package');
	const built = await buildScormPackage({
		version,
		lesson,
		lessonCode,
		read: async (path) => {
			const response = await fetch(new URL(path, siteRoot));
			return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
		}
	});
	downloadFile(`${name}-${version}.zip`, built.zip as BlobPart, 'application/zip');
}
