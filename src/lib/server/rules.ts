/**
 * The content rules of the bank's files: each question keeps the authoring rules (shared with
 * the lesson builder, in `$lib/content/authoring`), readings cover the article exactly once.
 * Each broken rule is reported with its file and line.
 */
import { checkQuestionRules, type QuestionPassage } from '../content/authoring/rules';
import { TEACHER_ID_PREFIX, type QuestionSource } from '../content/authoring/schema';
import type { Reading, Section } from '../content/model';
import { splitSentences, wordPattern } from '../content/text';
import type { ContentPath, ContentProblem, YamlFile } from './yaml-file';

export const READING_WORDS = { min: 100, max: 220 } as const;

export interface QuestionContext extends QuestionPassage {
	file: YamlFile;
	/** Where the question is in the file. */
	path: ContentPath;
}

/** Checks one question of a file against its text; true when it may go in the bank. */
export function checkQuestion(question: QuestionSource, context: QuestionContext): boolean {
	const report = (path: ContentPath, message: string) =>
		context.file.report([...context.path, ...path], message);
	// A lesson tells a teacher's own questions from the bank's by this prefix alone.
	const ownId = !question.id.startsWith(TEACHER_ID_PREFIX);
	if (!ownId) {
		report(
			['id'],
			`must not start with "${TEACHER_ID_PREFIX}": that marks a teacher's own question in a lesson`
		);
	}
	return checkQuestionRules(question, context, report) && ownId;
}

/**
 * Readings, in file order, must cut each section into runs of whole sentences with no gap and no
 * overlap, each within the word limits.
 */
export function checkReadingCoverage(
	articleId: string,
	sections: Section[],
	placed: { file: YamlFile; reading: Reading }[]
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const cursor = sections.map(() => 0);
	const sentencesOf = sections.map((section) => splitSentences(section.text));
	let lastSection = 0;

	for (const { file, reading } of placed) {
		const report = (message: string) =>
			problems.push({ file: file.path, line: file.lineOf(['text']), message });
		if (reading.section < lastSection) {
			problems.push({
				file: file.path,
				line: file.lineOf(['section']),
				message: `comes after a reading of section ${lastSection}: readings must follow the article's order (files are taken in name order)`
			});
		}
		lastSection = Math.max(lastSection, reading.section);
		const all = sentencesOf[reading.section - 1] ?? [];
		const start = cursor[reading.section - 1] ?? 0;
		const expected = all.slice(start, start + reading.sentences.length);
		const first = reading.sentences[0] ?? '';
		if (expected.join(' ') !== reading.text) {
			const at = all.indexOf(first);
			if (at < 0 || all.slice(at, at + reading.sentences.length).join(' ') !== reading.text) {
				report(
					`text is not a run of whole sentences of section ${reading.section}, word for word (check the quotes, dashes and sentence ends against article.txt)`
				);
				// Take it as meant to go on where the last reading stopped, so one typo is one problem.
				cursor[reading.section - 1] = start + reading.sentences.length;
			} else if (at > start) {
				report(
					`leaves a gap: section ${reading.section} sentences from "${shortSentence(all[start])}" to just before "${shortSentence(first)}" are in no reading`
				);
				cursor[reading.section - 1] = at + reading.sentences.length;
			} else {
				report(`overlaps the reading before it: "${shortSentence(first)}" is already in a reading`);
				cursor[reading.section - 1] = Math.max(start, at + reading.sentences.length);
			}
		} else {
			cursor[reading.section - 1] = start + reading.sentences.length;
		}
		if (reading.wordCount < READING_WORDS.min || reading.wordCount > READING_WORDS.max) {
			report(
				`has ${reading.wordCount} words; a reading has ${READING_WORDS.min} to ${READING_WORDS.max} (about a minute to read)`
			);
		}
	}
	sentencesOf.forEach((all, index) => {
		const covered = cursor[index] ?? 0;
		if (covered < all.length) {
			problems.push({
				file: `${articleId}/readings/`,
				line: null,
				message: `section ${index + 1} is not fully covered: from "${shortSentence(all[covered])}" on, no reading has its sentences`
			});
		}
	});
	return problems;
}

function shortSentence(sentence: string | undefined): string {
	const words = (sentence ?? '').split(' ');
	return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : (sentence ?? '');
}

/** The first reading, and sentence, where any of `forms` appears as a whole word. */
export function findTerm(
	forms: string[],
	readings: Reading[]
): { reading: Reading; sentence: string } | null {
	const patterns = forms.map(wordPattern);
	for (const reading of readings) {
		for (const sentence of reading.sentences) {
			if (patterns.some((pattern) => pattern.test(sentence))) {
				return { reading, sentence };
			}
		}
	}
	return null;
}
