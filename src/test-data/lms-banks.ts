/**
 * Small hand-made banks for the LMS export tests: one question of every type (the grading
 * fixtures, so the two test suites agree on what a question looks like), and one whose every
 * text is full of the characters the formats treat specially.
 */
import type { CanonicalBank, CanonicalQuestion } from '$lib/server/canonical';
import type { Question } from '$lib/content/model';
import * as quiz from './questions';

const TALKS_SENTENCE =
	'For the first time in three whole years, Vladimir Putin and Emmanuel Macron are reportedly ' +
	'back at the negotiating table, discussing the possibility of ending the invasion of Ukraine.';

/** Every character GIFT, XML, HTML, CDATA or Moodle's gap and wildcard syntax treat specially. */
export const SPECIAL = String.raw`~ = # { } : \ C:\new\=x & < > " ' ]]> % * -`;

export function canonical({ articleId: omitted, ...question }: Question): CanonicalQuestion {
	return question;
}

/** A bank holding `questions`, with a reading for every reading the grading fixtures name. */
export function fixtureBank(
	questions: Question[],
	overrides: Partial<CanonicalBank> = {}
): CanonicalBank {
	const reading = (id: string, title: string, text: string, section = 1) => ({
		id,
		title,
		section,
		text
	});
	return {
		article: {
			id: 'putin-macron-talks',
			title: 'Putin & Macron: Talks',
			sections: [{ heading: null, text: `Hey guys, what's up? ${TALKS_SENTENCE}` }]
		},
		readings: [
			reading(
				'back-at-the-table',
				'Back at the table',
				`Hey guys, what's up? ${TALKS_SENTENCE} Yeah, you heard that right!`
			),
			reading(
				'a-glimmer-of-hope',
				'A glimmer of hope',
				'From energy markets to international relations.'
			),
			reading('a-long-hard-war', 'A long, hard war', 'The conflict has been protracted.'),
			reading('sanctions-and-rebuilding', 'Sanctions / rebuilding', 'Sanctions bite.', 2)
		],
		questions: questions.map(canonical),
		articleCheck: {
			title: 'Whole-article check',
			introduction: 'Look at the article as a whole.',
			questionIds: []
		},
		glossary: [],
		...overrides
	};
}

/** One question of every type, the word-bank fill-in under an id of its own. */
export function everyTypeBank(): CanonicalBank {
	return fixtureBank([
		quiz.singleChoice(),
		quiz.trueFalseNotStated(),
		quiz.multipleSelect(),
		quiz.shortAnswer(),
		quiz.fillBlanks(),
		quiz.fillBlanks({
			id: 'one-gap-from-a-bank',
			text: 'Vladimir Putin and Emmanuel [Macron] are reportedly back.',
			segments: ['Vladimir Putin and Emmanuel ', ' are reportedly back.'],
			answer: [['Macron']],
			bank: ['Macron', 'Scholz', 'dinner']
		}),
		quiz.fillBlanks({
			id: 'one-typed-gap',
			text: 'They are back at the [negotiating] table.',
			segments: ['They are back at the ', ' table.'],
			answer: [['negotiating', 'negotiation']]
		}),
		quiz.fillBlanks({ id: 'two-gaps-from-a-bank', bank: ['Macron', 'dinner', 'negotiating'] }),
		quiz.ordering(),
		quiz.matching(),
		quiz.evidence()
	]);
}

/** The same types, every text holding `SPECIAL`, filed under a reading whose title has a "/". */
export function specialCharacterBank(): CanonicalBank {
	const tricky = (text: string) => `${text} ${SPECIAL}`;
	const common = {
		readingId: 'tricky',
		prompt: tricky('Prompt'),
		explanation: tricky('Because')
	};
	const bank = fixtureBank([
		quiz.singleChoice({
			...common,
			id: 'tricky-single',
			choices: [tricky('right'), tricky('wrong')],
			answer: 0
		}),
		quiz.multipleSelect({
			...common,
			id: 'tricky-multiple',
			choices: [tricky('a'), tricky('b'), tricky('c')],
			answer: [0, 2]
		}),
		quiz.trueFalseNotStated({ ...common, id: 'tricky-verdict', answer: 'not-stated' }),
		quiz.shortAnswer({
			...common,
			id: 'tricky-short',
			answer: tricky('typed'),
			accepted: [tricky('typed'), 'plain']
		}),
		quiz.matching({
			...common,
			id: 'tricky-matching',
			terms: [tricky('t1'), tricky('t2')],
			meanings: ['m1 ~ = # { } : & < >', 'm2 " \' ]]> % *'],
			answer: [1, 0]
		}),
		quiz.fillBlanks({
			...common,
			id: 'tricky-gap',
			text: 'Before ~ = # { } : & < > [gap] after ]]> %.',
			segments: ['Before ~ = # { } : & < > ', ' after ]]> %.'],
			answer: [['gap & <word>']],
			bank: null
		})
	]);
	return {
		...bank,
		readings: [
			...bank.readings,
			{ id: 'tricky', title: tricky('A / reading'), section: 1, text: tricky('The reading.') }
		]
	};
}
