/**
 * The bank's targets: how much practice an article offers, not whether one question is well
 * formed (that is rules.ts). Stated in questions/README.md and checked by `npm run content:check`,
 * which names each target missed.
 */
import { SKILLS, QUESTION_TYPES } from '../content/kinds';
import type { Bank } from '../content/model';
import { collapseSpace } from '../content/text';
import type { ContentProblem } from './yaml-file';

export const BANK_TARGETS = {
	questionsPerReading: 8,
	questionsPerArticle: 100,
	questionsPerType: 6,
	/** Each difficulty level's smallest share of an article's questions. */
	difficultyShare: 0.2,
	articleCheck: { min: 10, max: 15 },
	glossaryTerms: 30
} as const;

function counted(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function checkBankTargets(bank: Bank): ContentProblem[] {
	return bank.articles.flatMap((article) => {
		const problems: ContentProblem[] = [];
		const miss = (file: string, message: string) =>
			problems.push({ file: `${article.id}/${file}`, line: null, message });
		const readings = bank.readings.filter((reading) => reading.articleId === article.id);
		const questions = bank.questions.filter((question) => question.articleId === article.id);
		const onReading = (id: string) => questions.filter((question) => question.readingId === id);

		for (const reading of readings) {
			const count = onReading(reading.id).length;
			if (count < BANK_TARGETS.questionsPerReading) {
				miss(
					'readings/',
					`the reading "${reading.id}" has ${counted(count, 'question')}; the target is at least ${BANK_TARGETS.questionsPerReading} on every reading`
				);
			}
		}
		if (questions.length < BANK_TARGETS.questionsPerArticle) {
			miss(
				'',
				`the article has ${counted(questions.length, 'question')}; the target is at least ${BANK_TARGETS.questionsPerArticle}`
			);
		}
		for (const section of article.sections) {
			const practised = new Set(
				readings
					.filter((reading) => reading.section === section.number)
					.flatMap((reading) => onReading(reading.id).map((question) => question.skill))
			);
			const missing = SKILLS.filter((skill) => !practised.has(skill));
			if (missing.length > 0) {
				miss(
					'readings/',
					`section ${section.number} has no ${missing.join(', ')} question; the target is every skill in every section`
				);
			}
		}
		for (const type of QUESTION_TYPES) {
			const count = questions.filter((question) => question.type === type).length;
			if (count < BANK_TARGETS.questionsPerType) {
				miss(
					'',
					`the article has ${counted(count, `${type} question`)}; the target is at least ${BANK_TARGETS.questionsPerType} of each type`
				);
			}
		}
		for (const difficulty of [1, 2, 3] as const) {
			const count = questions.filter((question) => question.difficulty === difficulty).length;
			if (questions.length > 0 && count / questions.length < BANK_TARGETS.difficultyShare) {
				miss(
					'',
					`${count} of ${questions.length} questions have difficulty ${difficulty}; the target is at least ${BANK_TARGETS.difficultyShare * 100}% at each level`
				);
			}
		}
		const check = article.articleCheck?.questionIds ?? [];
		const { min, max } = BANK_TARGETS.articleCheck;
		if (check.length < min || check.length > max) {
			miss(
				'article-check.yaml',
				`the whole-article check has ${counted(check.length, 'question')}; the target is ${min} to ${max}`
			);
		}
		const quotes = questions
			.filter((question) => check.includes(question.id))
			.flatMap((question) => question.evidence.map(collapseSpace));
		const unquoted = article.sections.filter(
			(section) => !quotes.some((quote) => collapseSpace(section.text).includes(quote))
		);
		if (check.length > 0 && unquoted.length > 0) {
			miss(
				'article-check.yaml',
				`no whole-article question quotes section ${unquoted.map((section) => section.number).join(', ')}; the target is evidence from every section`
			);
		}
		const terms = bank.glossary.filter((term) => term.articleId === article.id).length;
		if (terms < BANK_TARGETS.glossaryTerms) {
			miss(
				'glossary.yaml',
				`the glossary has ${counted(terms, 'term')}; the target is at least ${BANK_TARGETS.glossaryTerms}`
			);
		}
		return problems;
	});
}
