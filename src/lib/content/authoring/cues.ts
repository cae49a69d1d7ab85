/**
 * Cues a test-wise student could use to answer without reading the passage: the key that stands
 * out by its length, absolute words ("only", "never") that always mark a wrong choice, a
 * multiple-select question that always has the same number of right choices. Each question's
 * figures are measured when the bank loads; `cueProblems` holds the bank to limits so the build
 * fails when it leans on a cue, and `npm run content:check -- --items` prints the figures.
 */
import type { Question } from '../model';
import { collapseSpace } from '../text';
import type { ContentProblem } from './problems';

export const CUE_LIMITS = {
	/** A key at least this many times as long as the longest wrong choice stands out. */
	keyLongerBy: 1.1,
	/** Share of single-choice questions whose key may stand out by length (chance with 4 choices). */
	keyLongestShare: 0.25,
	/** Of the questions whose choices use absolute words, the share that may use them only in wrong ones. */
	absoluteOnlyWrongShare: 0.5,
	/** Share of multiple-select questions that may have the same number of right choices. */
	sameRightCountShare: 0.5,
	/** Most right choices in one multiple-select question; a student must still discriminate. */
	maxRight: 4
} as const;

/** Words a test-wise student strikes out on sight, as whole words. */
export const ABSOLUTE_WORDS = [
	'only',
	'always',
	'never',
	'alone',
	'solely',
	'entirely',
	'completely',
	'totally',
	'certainly',
	'definitely',
	'guaranteed',
	'impossible',
	'nothing',
	'nobody',
	'none',
	'every',
	'all'
] as const;

const ABSOLUTE = new RegExp(`\\b(${ABSOLUTE_WORDS.join('|')})\\b`, 'gi');

export interface QuestionCues {
	id: string;
	type: Question['type'];
	/** Where the question is written, to name it in problems. */
	file: string;
	line: number | null;
	/** Choices offered, for choice questions. */
	choiceCount: number | null;
	/** 1-based positions of the right choices as the author wrote them. */
	keyPositions: number[] | null;
	/**
	 * Single choice: the key's length over the longest wrong choice's. Multiple select: the
	 * average right choice's length over the average wrong one's.
	 */
	lengthRatio: number | null;
	/** Absolute words in right choices, and in wrong ones. */
	absoluteInRight: string[];
	absoluteInWrong: string[];
	/** Multiple select: how many choices are right. */
	rightCount: number | null;
}

export function measureCues(
	question: Question,
	site: { file: string; line: number | null }
): QuestionCues {
	const base = {
		id: question.id,
		type: question.type,
		file: site.file,
		line: site.line,
		choiceCount: null,
		keyPositions: null,
		lengthRatio: null,
		absoluteInRight: [],
		absoluteInWrong: [],
		rightCount: null
	};
	if (question.type !== 'single-choice' && question.type !== 'multiple-select') {
		return base;
	}
	const right = new Set(question.type === 'single-choice' ? [question.answer] : question.answer);
	const rightTexts = question.choices.filter((_, index) => right.has(index));
	const wrongTexts = question.choices.filter((_, index) => !right.has(index));
	const length = (text: string) => collapseSpace(text).length;
	const mean = (texts: string[]) =>
		texts.reduce((sum, text) => sum + length(text), 0) / Math.max(1, texts.length);
	const lengthRatio =
		question.type === 'single-choice'
			? mean(rightTexts) / Math.max(1, ...wrongTexts.map(length))
			: mean(rightTexts) / Math.max(1, mean(wrongTexts));
	return {
		...base,
		choiceCount: question.choices.length,
		keyPositions: [...right].sort((a, b) => a - b).map((index) => index + 1),
		lengthRatio,
		absoluteInRight: absoluteWords(rightTexts),
		absoluteInWrong: absoluteWords(wrongTexts),
		rightCount: question.type === 'multiple-select' ? right.size : null
	};
}

function absoluteWords(texts: string[]): string[] {
	const found = texts.flatMap((text) =>
		[...text.matchAll(ABSOLUTE)].map((m) => m[0].toLowerCase())
	);
	return [...new Set(found)];
}

/** The key stands out by length: longer than every wrong choice by the set margin. */
export function keyStandsOut(cues: QuestionCues): boolean {
	return cues.lengthRatio !== null && cues.lengthRatio >= CUE_LIMITS.keyLongerBy;
}

/** Absolute words appear among the choices, and only in wrong ones. */
export function absoluteOnlyWrong(cues: QuestionCues): boolean {
	return cues.absoluteInWrong.length > 0 && cues.absoluteInRight.length === 0;
}

/** Why an author should look at this question again; empty when nothing gives it away. */
export function weaknesses(cues: QuestionCues): string[] {
	const found: string[] = [];
	if (cues.type === 'single-choice' && keyStandsOut(cues)) {
		found.push(`key is the longest choice by ${percentOver(cues.lengthRatio)}`);
	}
	if (cues.type === 'multiple-select' && keyStandsOut(cues)) {
		found.push(`right choices are longer than wrong ones by ${percentOver(cues.lengthRatio)}`);
	}
	if (absoluteOnlyWrong(cues)) {
		found.push(`absolute words only in wrong choices (${cues.absoluteInWrong.join(', ')})`);
	}
	if (cues.rightCount !== null && cues.rightCount > CUE_LIMITS.maxRight) {
		found.push(`${cues.rightCount} right choices (at most ${CUE_LIMITS.maxRight})`);
	}
	return found;
}

function percentOver(ratio: number | null): string {
	return `${Math.round(((ratio ?? 1) - 1) * 100)}%`;
}

export interface CueFigures {
	singleChoice: number;
	keyLongest: number;
	keyFirstAsWritten: number;
	multipleSelect: number;
	/** How many multiple-select questions have 1, 2, 3 … right choices. */
	rightCounts: Map<number, number>;
	withAbsolute: number;
	absoluteOnlyWrong: number;
}

export function cueFigures(all: QuestionCues[]): CueFigures {
	const single = all.filter((cues) => cues.type === 'single-choice');
	const multiple = all.filter((cues) => cues.type === 'multiple-select');
	const rightCounts = new Map<number, number>();
	for (const cues of multiple) {
		const count = cues.rightCount ?? 0;
		rightCounts.set(count, (rightCounts.get(count) ?? 0) + 1);
	}
	const withAbsolute = all.filter(
		(cues) => cues.absoluteInRight.length + cues.absoluteInWrong.length > 0
	);
	return {
		singleChoice: single.length,
		keyLongest: single.filter(keyStandsOut).length,
		keyFirstAsWritten: single.filter((cues) => cues.keyPositions?.[0] === 1).length,
		multipleSelect: multiple.length,
		rightCounts: new Map([...rightCounts].sort(([a], [b]) => a - b)),
		withAbsolute: withAbsolute.length,
		absoluteOnlyWrong: withAbsolute.filter(absoluteOnlyWrong).length
	};
}

/**
 * The bank-wide cue limits, each broken one reported at every question that adds to it, so an
 * author sees which to rewrite.
 */
export function cueProblems(all: QuestionCues[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const report = (cues: QuestionCues, message: string) =>
		problems.push({
			file: cues.file,
			line: cues.line,
			message: `question "${cues.id}": ${message}`
		});
	const figures = cueFigures(all);
	const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
	const percent = (value: number) => `${Math.round(value * 100)}%`;

	const longest = share(figures.keyLongest, figures.singleChoice);
	if (longest > CUE_LIMITS.keyLongestShare) {
		for (const cues of all.filter((c) => c.type === 'single-choice' && keyStandsOut(c))) {
			report(
				cues,
				`the key is the longest choice by ${percentOver(cues.lengthRatio)}, as in ${figures.keyLongest} of ${figures.singleChoice} single-choice questions (${percent(longest)}; at most ${percent(CUE_LIMITS.keyLongestShare)}): make the wrong choices as long and specific as the key`
			);
		}
	}

	const absolute = share(figures.absoluteOnlyWrong, figures.withAbsolute);
	if (absolute > CUE_LIMITS.absoluteOnlyWrongShare) {
		for (const cues of all.filter(absoluteOnlyWrong)) {
			report(
				cues,
				`absolute words (${cues.absoluteInWrong.join(', ')}) appear only in wrong choices, as in ${figures.absoluteOnlyWrong} of the ${figures.withAbsolute} questions that use them (at most ${percent(CUE_LIMITS.absoluteOnlyWrongShare)}): a test-wise student strikes them out unread`
			);
		}
	}

	for (const cues of all) {
		if (cues.rightCount !== null && cues.rightCount > CUE_LIMITS.maxRight) {
			report(
				cues,
				`has ${cues.rightCount} right choices; a multiple-select question has 1 to ${CUE_LIMITS.maxRight}`
			);
		}
	}
	const [commonCount, commonTimes] = [...figures.rightCounts].reduce(
		(best, entry) => (entry[1] > best[1] ? entry : best),
		[0, 0]
	);
	const same = share(commonTimes, figures.multipleSelect);
	if (figures.multipleSelect > 1 && same > CUE_LIMITS.sameRightCountShare) {
		for (const cues of all.filter((c) => c.rightCount === commonCount)) {
			report(
				cues,
				`has ${commonCount} right choices, like ${commonTimes} of the ${figures.multipleSelect} multiple-select questions (${percent(same)}; at most ${percent(CUE_LIMITS.sameRightCountShare)}): vary how many are right, from 1 to ${CUE_LIMITS.maxRight}`
			);
		}
	}
	return problems;
}
