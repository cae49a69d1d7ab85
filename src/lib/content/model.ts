/**
 * The content as pages and graders use it, after loading and checking: the canonical form that
 * `npm run export -- --format json` prints. Built at build time; only plain data reaches the browser.
 */
import type { QuestionType, Skill } from './kinds';

export type { QuestionType, Skill };

export interface Section {
	/** Counted from 1; the opening section has no heading. */
	number: number;
	heading: string | null;
	text: string;
}

export interface Reading {
	id: string;
	articleId: string;
	title: string;
	section: number;
	/** The section heading, only on the reading that starts its section. */
	heading: string | null;
	text: string;
	/** The text cut into sentences, joined by single spaces they make `text` again. */
	sentences: string[];
	wordCount: number;
}

interface QuestionBase {
	id: string;
	articleId: string;
	/** null for the whole-article check. */
	readingId: string | null;
	skill: Skill;
	difficulty: 1 | 2 | 3;
	prompt: string;
	explanation: string;
	evidence: string[];
}

export type TruthVerdict = 'true' | 'false' | 'not-stated';

/** The two types answered by picking among written options. */
interface ChoicesBase extends QuestionBase {
	choices: string[];
}

export type SingleChoiceQuestion = ChoicesBase & {
	type: 'single-choice';
	/** Index of the correct choice. */
	answer: number;
};
export type MultipleSelectQuestion = ChoicesBase & {
	type: 'multiple-select';
	/** Indices of the correct choices, ascending. */
	answer: number[];
};
export type TrueFalseNotStatedQuestion = QuestionBase & {
	type: 'true-false-not-stated';
	answer: TruthVerdict;
};
/** A near miss the author wants refused, with what to tell the student who gives it. */
export interface RejectedAnswer {
	answer: string;
	hint: string;
}

export type ShortAnswerQuestion = QuestionBase & {
	type: 'short-answer';
	/** The model answer. */
	answer: string;
	/** Every accepted form, the model answer first. */
	accepted: string[];
	/** Near misses refused with a hint ("escalation" for "de-escalation"); absent when none. */
	rejected?: RejectedAnswer[];
};
export type FillBlanksQuestion = QuestionBase & {
	type: 'fill-blanks';
	/** The sentence as written, gaps in [brackets]. */
	text: string;
	/** The text around the gaps: one more segment than there are gaps. */
	segments: string[];
	/** For each gap, its accepted words, the expected one first. */
	answer: string[][];
	/** The word bank (expected words and distractors, sorted), or null when gaps are typed. */
	bank: string[] | null;
	/** Near misses refused with a hint, in whichever gap they are given; absent when none. */
	rejected?: RejectedAnswer[];
};
export type OrderingQuestion = QuestionBase & {
	type: 'ordering';
	/** The items in the text's order. */
	answer: string[];
	/** The same items as first shown to the student: a fixed shuffle, never already in order. */
	items: string[];
};
export type MatchingQuestion = QuestionBase & {
	type: 'matching';
	terms: string[];
	/** The meanings in a fixed shuffle, as offered to the student; spare ones belong to no term. */
	meanings: string[];
	/** For each term, the index in `meanings` of its meaning. */
	answer: number[];
};
export type EvidenceQuestion = QuestionBase & {
	type: 'evidence';
	/** The one sentence of the reading that best supports the prompt. */
	answer: string;
};

export type Question =
	| SingleChoiceQuestion
	| MultipleSelectQuestion
	| TrueFalseNotStatedQuestion
	| ShortAnswerQuestion
	| FillBlanksQuestion
	| OrderingQuestion
	| MatchingQuestion
	| EvidenceQuestion;

export interface GlossaryTerm {
	articleId: string;
	term: string;
	/** The term and its other forms, as they are marked in the text. */
	forms: string[];
	partOfSpeech: string;
	definition: string;
	/** Where the term first appears in the article. */
	readingId: string;
	sentence: string;
}

/** What a passage needs of a glossary term to mark it and explain it. */
/** What a page shows of a term; where its forms appear in the text comes with it (`TermPlace`). */
export type GlossaryEntry = Pick<GlossaryTerm, 'term' | 'partOfSpeech' | 'definition'>;

export interface ArticleCheck {
	title: string;
	introduction: string;
	questionIds: string[];
}

export interface Article {
	id: string;
	title: string;
	sections: Section[];
	readingIds: string[];
	articleCheck: ArticleCheck | null;
}

/** A published question id no longer in the bank, and why: old lesson links may still name it. */
export interface RetiredQuestion {
	id: string;
	/** revised: its key changed, so it came back under a new id; removed: it is gone. */
	reason: 'revised' | 'removed';
	replacedBy: string | null;
}

/** Everything in `questions/`, checked. */
export interface Bank {
	articles: Article[];
	readings: Reading[];
	questions: Question[];
	glossary: GlossaryTerm[];
	retired: RetiredQuestion[];
}

/** An article as the study pages show it in full, beside the questions on the whole article. */
export interface StudyArticle {
	id: string;
	title: string;
	blocks: { heading: string | null; sentences: string[] }[];
}
