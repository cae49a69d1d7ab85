import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cueFigures, weaknesses } from '../content/authoring/cues';
import { loadBank, type ContentFiles } from './load';
import { stableShuffle } from '../content/text';
import type {
	evidenceQuestionSchema,
	fillBlanksSchema,
	matchingSchema,
	multipleSelectSchema,
	orderingSchema,
	readingFileSchema,
	shortAnswerSchema,
	singleChoiceSchema,
	trueFalseNotStatedSchema
} from '../content/authoring/schema';
import type { ContentProblem } from './yaml-file';

// A small made-up article: an untitled opening and one headed section, each long enough to be
// cut into two readings of 100 to 220 words.
const ARTICLE_ID = 'bridge-talks';
const TITLE = 'Two Towns, One Bridge';
const HEADING = 'What Could a Deal Look Like?';
const OPENING = [
	'After two long years of silence, the mayors of Northbridge and Southmoor have agreed to meet next week and talk about rebuilding the old river bridge together.',
	'The bridge was closed when a spring flood cracked its central pier, and since then every trip between the two towns has meant a forty-minute drive around the valley.',
	'Shop owners on both banks say they have lost customers, and several families now see their relatives across the river only on holidays.',
	'Neither mayor has confirmed the meeting in public, but local reporters say that aides from both town halls have already exchanged draft plans for a shared repair fund.',
	'The real question is who will pay for the work, because Northbridge wants the costs split evenly while Southmoor argues that its budget is far smaller.',
	'Engineers have warned that the longer the pier stands damaged, the more expensive the repair will become, so the pressure to reach a deal is growing every month.',
	'Some residents doubt that anything will change, pointing out that earlier talks collapsed over the same question of money and ended with angry letters in the newspapers.',
	'Still, the very fact that the two mayors are willing to sit at the same table is being treated as a hopeful sign by people who cross the valley every day.',
	'Whatever happens at the meeting, both mayors know that voters on each side of the river will judge them by whether the bridge opens before the next flood season.'
];
const DEAL = [
	'Most observers expect any agreement to begin with a ceasefire in the war of words that the two councils have waged in their monthly bulletins.',
	'A joint committee could then oversee the repair, with members from each town checking the accounts so that neither side feels cheated.',
	'Its reports would be published every month, so that residents could follow the spending without waiting for rumours to reach them.',
	'Some planners have suggested that a regional grant might cover a third of the cost, which would make an even split far easier for Southmoor to accept.',
	'Others propose that the bridge should carry a small toll for trucks, using the money to build up a maintenance fund for future floods.',
	'There are also quieter hopes that a shared project could rebuild trust between councils that have spent two years blaming each other for the closure.',
	'A few council members have even suggested inviting a neutral engineer from outside the valley to settle any technical disputes.',
	'Critics warn that committees are slow, and that a badly written agreement could leave the bridge half repaired for another winter.',
	'The mayors themselves have said very little so far, and that silence makes every rumour seem more important than it probably is.',
	'For now, the people of the valley are waiting to see whether next week’s meeting produces a plan or only another photograph of two people shaking hands.'
];

function articleText(): string {
	return [TITLE, OPENING.join(' '), HEADING, DEAL.join(' ')].join('\n');
}

type ReadingDraft = Omit<v.InferInput<typeof readingFileSchema>, 'questions'> & {
	// Loose on purpose: broken fixtures put wrong values and unknown fields in questions.
	questions?: object[];
};

function readingFile(overrides: Partial<ReadingDraft> = {}): ReadingDraft {
	return {
		id: 'the-bridge-closes',
		title: 'The bridge closes',
		section: 1,
		text: OPENING.slice(0, 4).join(' '),
		questions: [],
		...overrides
	};
}

/** The four readings that cut the article exactly: 107, 141, 119 and 115 words. */
function validReadings(): ReadingDraft[] {
	return [
		readingFile(),
		readingFile({
			id: 'who-pays',
			title: 'Who pays?',
			text: OPENING.slice(4).join(' ')
		}),
		readingFile({
			id: 'a-possible-deal',
			title: 'A possible deal',
			section: 2,
			text: DEAL.slice(0, 5).join(' ')
		}),
		readingFile({
			id: 'waiting-for-news',
			title: 'Waiting for news',
			section: 2,
			text: DEAL.slice(5).join(' ')
		})
	];
}

const common = {
	skill: 'key-detail',
	difficulty: 1,
	explanation: 'The reading says this in plain words, in the sentence quoted as evidence.'
} as const;

type Draft<S extends v.GenericSchema> = v.InferInput<S>;

function singleChoice(
	overrides: Partial<Draft<typeof singleChoiceSchema>> = {}
): Draft<typeof singleChoiceSchema> {
	return {
		id: 'who-is-meeting',
		type: 'single-choice',
		...common,
		prompt: 'Who has agreed to meet next week?',
		evidence: 'the mayors of Northbridge and Southmoor have agreed to meet next week',
		choices: [
			{ text: 'The engineers who inspected the bridge' },
			{ text: 'The mayors of Northbridge and Southmoor', correct: true },
			{ text: 'The shop owners on both river banks' }
		],
		...overrides
	};
}

function multipleSelect(
	overrides: Partial<Draft<typeof multipleSelectSchema>> = {}
): Draft<typeof multipleSelectSchema> {
	return {
		id: 'who-is-affected',
		type: 'multiple-select',
		...common,
		difficulty: 2,
		prompt: 'Who does the closed bridge affect, according to the reading?',
		evidence: [
			'Shop owners on both banks say they have lost customers',
			'several families now see their relatives across the river only on holidays'
		],
		choices: [
			{ text: 'Shop owners', correct: true },
			{ text: 'Engineers' },
			{ text: 'Families with relatives across the river', correct: true }
		],
		...overrides
	};
}

function trueFalseNotStated(
	overrides: Partial<Draft<typeof trueFalseNotStatedSchema>> = {}
): Draft<typeof trueFalseNotStatedSchema> {
	return {
		id: 'meeting-confirmed',
		type: 'true-false-not-stated',
		...common,
		skill: 'claims-evidence',
		prompt: 'Both mayors have confirmed the meeting in public.',
		evidence: 'Neither mayor has confirmed the meeting in public',
		answer: false,
		...overrides
	};
}

function shortAnswer(
	overrides: Partial<Draft<typeof shortAnswerSchema>> = {}
): Draft<typeof shortAnswerSchema> {
	return {
		id: 'how-long-the-drive',
		type: 'short-answer',
		...common,
		prompt: 'How long is the drive around the valley?',
		evidence: 'a forty-minute drive around the valley',
		accepted: ['forty minutes', '40 minutes', 'forty-minute'],
		...overrides
	};
}

function fillBlanks(
	overrides: Partial<Draft<typeof fillBlanksSchema>> = {}
): Draft<typeof fillBlanksSchema> {
	return {
		id: 'what-cracked',
		type: 'fill-blanks',
		...common,
		skill: 'vocabulary',
		prompt: 'Complete the sentence from the reading.',
		evidence: 'a spring flood cracked its central pier',
		text: 'The bridge was closed when a spring [flood|flooding] cracked its central [pier], and since then every trip between the two towns has meant a forty-minute drive around the valley.',
		bank: ['storm', 'column'],
		...overrides
	};
}

const IN_TEXT_ORDER = [
	'the mayors of Northbridge and Southmoor have agreed to meet',
	'a spring flood cracked its central pier',
	'Shop owners on both banks say they have lost customers',
	'aides from both town halls have already exchanged draft plans'
];

function ordering(
	overrides: Partial<Draft<typeof orderingSchema>> = {}
): Draft<typeof orderingSchema> {
	return {
		id: 'order-of-events',
		type: 'ordering',
		...common,
		skill: 'structure',
		prompt: 'Put these in the order the reading gives them.',
		evidence: IN_TEXT_ORDER,
		items: IN_TEXT_ORDER,
		...overrides
	};
}

function matching(
	overrides: Partial<Draft<typeof matchingSchema>> = {}
): Draft<typeof matchingSchema> {
	return {
		id: 'word-meanings',
		type: 'matching',
		...common,
		skill: 'vocabulary',
		prompt: 'Match each word from the reading to its meaning.',
		evidence: ['aides from both town halls', 'draft plans', 'its central pier'],
		pairs: [
			{ term: 'aides', meaning: 'people who help an official with their work' },
			{ term: 'draft', meaning: 'a first version that is not final' },
			{ term: 'pier', meaning: 'a pillar that holds up a bridge' },
			{ term: 'relatives', meaning: 'members of the same family' }
		],
		spare: ['people who live across the river'],
		...overrides
	};
}

function evidenceQuestion(
	overrides: Partial<Draft<typeof evidenceQuestionSchema>> = {}
): Draft<typeof evidenceQuestionSchema> {
	return {
		id: 'unconfirmed-sentence',
		type: 'evidence',
		...common,
		skill: 'claims-evidence',
		prompt: 'Which sentence shows that the meeting has not been announced officially?',
		evidence: OPENING[3] ?? '',
		...overrides
	};
}

interface Fixture {
	article: string;
	/** In file order. */
	readings: ReadingDraft[];
	/** When given, the questions of the first reading. */
	questions?: object[];
	glossary?: object;
	articleCheck?: object;
}

const FIRST_READING = `${ARTICLE_ID}/readings/01-the-bridge-closes.yaml`;
const GLOSSARY = `${ARTICLE_ID}/glossary.yaml`;
const ARTICLE_CHECK = `${ARTICLE_ID}/article-check.yaml`;

function toYaml(data: object): string {
	return stringify(data, { lineWidth: 0 });
}

function contentFiles(overrides: Partial<Fixture> = {}): ContentFiles {
	const { article, readings, questions, glossary, articleCheck }: Fixture = {
		article: articleText(),
		readings: validReadings(),
		...overrides
	};
	const files: ContentFiles = { [`${ARTICLE_ID}/article.txt`]: article };
	readings.forEach((reading, index) => {
		const data = index === 0 && questions ? { ...reading, questions } : reading;
		files[readingPath(index, reading.id)] = toYaml(data);
	});
	if (glossary) {
		files[GLOSSARY] = toYaml(glossary);
	}
	if (articleCheck) {
		files[ARTICLE_CHECK] = toYaml(articleCheck);
	}
	return files;
}

function readingPath(index: number, id: string): string {
	return `${ARTICLE_ID}/readings/${String(index + 1).padStart(2, '0')}-${id}.yaml`;
}

function without<T extends object, K extends keyof T>(data: T, key: K): Omit<T, K> {
	const copy = { ...data };
	delete copy[key];
	return copy;
}

/** The line (from 1) of the `occurrence`th line of `text` that starts with `start`, indent aside. */
function lineStarting(text: string | undefined, start: string, occurrence = 1): number {
	const lines = (text ?? '').split('\n');
	const found = lines.flatMap((line, index) =>
		line.trimStart().startsWith(start) ? [index + 1] : []
	);
	const line = found[occurrence - 1];
	if (line === undefined) {
		throw new Error(`the fixture has fewer than ${occurrence} line(s) starting with "${start}"`);
	}
	return line;
}

/** The problem expected in `file`, on the line starting with `at` (or on no line). */
function problem(
	files: ContentFiles,
	file: string,
	at: string | { start: string; occurrence: number } | null,
	message: string
): ContentProblem {
	const line =
		at === null
			? null
			: typeof at === 'string'
				? lineStarting(files[file], at)
				: lineStarting(files[file], at.start, at.occurrence);
	return { file, line, message: expect.stringContaining(message) as string };
}

describe('loadBank with a valid bank', () => {
	const files = contentFiles({
		questions: [
			singleChoice(),
			multipleSelect(),
			trueFalseNotStated(),
			shortAnswer(),
			fillBlanks(),
			ordering(),
			matching(),
			evidenceQuestion()
		],
		glossary: {
			terms: [
				{
					term: 'ceasefire',
					partOfSpeech: 'noun',
					definition: 'An agreement to stop fighting for a time.'
				},
				{
					term: 'committee',
					forms: ['committees'],
					partOfSpeech: 'noun',
					definition: 'A small group chosen to look after one job.'
				}
			]
		},
		articleCheck: {
			title: 'The whole article',
			introduction: 'Questions on the article as a whole.',
			questions: [
				trueFalseNotStated({
					id: 'check-toll-agreed',
					prompt: 'The towns have agreed to charge trucks a toll.',
					evidence: 'Others propose that the bridge should carry a small toll for trucks',
					answer: 'not-stated'
				}),
				singleChoice({
					id: 'check-what-is-hoped',
					prompt: 'What do people hope the meeting will bring?',
					evidence: [
						'is being treated as a hopeful sign',
						'a shared project could rebuild trust between councils'
					],
					choices: [
						{ text: 'A plan to repair the bridge together', correct: true },
						{ text: 'A new road that goes around the valley' }
					]
				})
			]
		}
	});
	const { bank, problems } = loadBank(files);
	const question = (id: string) => bank.questions.find((q) => q.id === id);

	it('reports no problems', () => {
		expect(problems).toEqual([]);
	});

	it('cuts the article into its title and sections', () => {
		expect(bank.articles).toEqual([
			{
				id: ARTICLE_ID,
				title: TITLE,
				sections: [
					{ number: 1, heading: null, text: OPENING.join(' ') },
					{ number: 2, heading: HEADING, text: DEAL.join(' ') }
				],
				readingIds: ['the-bridge-closes', 'who-pays', 'a-possible-deal', 'waiting-for-news'],
				articleCheck: {
					title: 'The whole article',
					introduction: 'Questions on the article as a whole.',
					questionIds: ['check-toll-agreed', 'check-what-is-hoped']
				}
			}
		]);
	});

	it('gives the heading of a section to its first reading only', () => {
		expect(bank.readings.map((reading) => [reading.id, reading.heading])).toEqual([
			['the-bridge-closes', null],
			['who-pays', null],
			['a-possible-deal', HEADING],
			['waiting-for-news', null]
		]);
	});

	it('keeps each reading as sentences with a word count', () => {
		expect(bank.readings[0]).toMatchObject({
			articleId: ARTICLE_ID,
			section: 1,
			text: OPENING.slice(0, 4).join(' '),
			sentences: OPENING.slice(0, 4),
			wordCount: 107
		});
	});

	it('ties reading questions to their reading and whole-article questions to none', () => {
		expect(question('who-is-meeting')?.readingId).toBe('the-bridge-closes');
		expect(question('check-toll-agreed')?.readingId).toBeNull();
	});

	it('turns the correct single choice into its index', () => {
		expect(question('who-is-meeting')).toMatchObject({
			choices: [
				'The engineers who inspected the bridge',
				'The mayors of Northbridge and Southmoor',
				'The shop owners on both river banks'
			],
			answer: 1,
			evidence: ['the mayors of Northbridge and Southmoor have agreed to meet next week']
		});
	});

	it('turns the correct choices of a multiple-select into ascending indices', () => {
		expect(question('who-is-affected')).toMatchObject({ answer: [0, 2] });
	});

	it('gives true-false-not-stated answers as words', () => {
		expect(question('meeting-confirmed')).toMatchObject({ answer: 'false' });
		expect(question('check-toll-agreed')).toMatchObject({ answer: 'not-stated' });
	});

	it('makes the first accepted short answer the model answer', () => {
		expect(question('how-long-the-drive')).toMatchObject({
			answer: 'forty minutes',
			accepted: ['forty minutes', '40 minutes', 'forty-minute']
		});
	});

	it('splits a fill-blanks sentence into segments, gaps and a sorted word bank', () => {
		expect(question('what-cracked')).toMatchObject({
			segments: [
				'The bridge was closed when a spring ',
				' cracked its central ',
				', and since then every trip between the two towns has meant a forty-minute drive around the valley.'
			],
			answer: [['flood', 'flooding'], ['pier']],
			bank: ['column', 'flood', 'pier', 'storm']
		});
	});

	it('leaves the word bank out when a fill-blanks question has none', () => {
		const typed = loadBank(contentFiles({ questions: [without(fillBlanks(), 'bank')] }));
		expect(typed.bank.questions[0]).toMatchObject({ type: 'fill-blanks', bank: null });
	});

	it('keeps ordering items in text order as the answer and shows them shuffled', () => {
		const loaded = question('order-of-events');
		expect(loaded).toMatchObject({ answer: IN_TEXT_ORDER });
		if (loaded?.type !== 'ordering') {
			throw new Error('expected the ordering question');
		}
		expect(loaded.items).not.toEqual(IN_TEXT_ORDER);
		expect([...loaded.items].sort()).toEqual([...IN_TEXT_ORDER].sort());
	});

	it('never shows an ordering question already in order, whatever its id', () => {
		const ids = ['order-a', 'order-b', 'order-c', 'order-d', 'order-e', 'order-f'];
		const loaded = loadBank(
			contentFiles({
				questions: ids.map((id) => ordering({ id, items: IN_TEXT_ORDER.slice(0, 3) }))
			})
		);
		expect(loaded.problems).toEqual([]);
		for (const shown of loaded.bank.questions) {
			expect(shown.type === 'ordering' && shown.items).not.toEqual(IN_TEXT_ORDER.slice(0, 3));
		}
	});

	it('points each matching answer at the meaning of its term', () => {
		const loaded = question('word-meanings');
		if (loaded?.type !== 'matching') {
			throw new Error('expected the matching question');
		}
		expect(loaded.terms).toEqual(['aides', 'draft', 'pier', 'relatives']);
		expect(loaded.answer.map((index) => loaded.meanings[index])).toEqual([
			'people who help an official with their work',
			'a first version that is not final',
			'a pillar that holds up a bridge',
			'members of the same family'
		]);
	});

	it('makes the evidence sentence the answer of an evidence question', () => {
		expect(question('unconfirmed-sentence')).toMatchObject({
			answer: OPENING[3],
			evidence: [OPENING[3]]
		});
	});

	it('finds where each glossary term first appears', () => {
		expect(bank.glossary).toEqual([
			{
				articleId: ARTICLE_ID,
				term: 'ceasefire',
				forms: ['ceasefire'],
				partOfSpeech: 'noun',
				definition: 'An agreement to stop fighting for a time.',
				readingId: 'a-possible-deal',
				sentence: DEAL[0]
			},
			{
				articleId: ARTICLE_ID,
				term: 'committee',
				forms: ['committee', 'committees'],
				partOfSpeech: 'noun',
				definition: 'A small group chosen to look after one job.',
				readingId: 'a-possible-deal',
				sentence: DEAL[1]
			}
		]);
	});

	it('reads readings wrapped over several lines as the same text', () => {
		const wrapped = OPENING.slice(0, 4).join('\n  ');
		const loaded = loadBank({
			...contentFiles(),
			[FIRST_READING]: `id: the-bridge-closes\ntitle: The bridge closes\nsection: 1\ntext: >-\n  ${wrapped}\n`
		});
		expect(loaded.problems).toEqual([]);
		expect(loaded.bank.readings[0]?.text).toBe(OPENING.slice(0, 4).join(' '));
	});
});

describe('loadBank with a broken file', () => {
	it('names the line of a YAML syntax error', () => {
		const files = {
			...contentFiles(),
			[FIRST_READING]: `id: the-bridge-closes\ntitle: The bridge: closes\nsection: 1\ntext: ${OPENING.slice(0, 4).join(' ')}\n`
		};
		expect(loadBank(files).problems).toEqual([
			{
				file: FIRST_READING,
				line: 2,
				message: expect.stringContaining('Nested mappings are not allowed') as string
			}
		]);
	});

	it('reports a missing field at the question that lacks it', () => {
		const files = contentFiles({ questions: [without(singleChoice(), 'explanation')] });
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, '- id: who-is-meeting', 'questions[0].explanation: is missing')
		]);
	});

	it('reports a field the format does not have', () => {
		const files = contentFiles({ questions: [{ ...singleChoice(), hint: 'Look at the start.' }] });
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, 'hint:', 'questions[0].hint: is not a field here')
		]);
	});

	it('reports a skill that is not on the list', () => {
		const files = contentFiles({ questions: [{ ...singleChoice(), skill: 'guessing' }] });
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, 'skill: guessing', 'skill: must be one of: key-detail')
		]);
	});

	it('reports a difficulty other than 1, 2 or 3', () => {
		const files = contentFiles({ questions: [{ ...singleChoice(), difficulty: 4 }] });
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, 'difficulty: 4', 'difficulty: must be 1, 2 or 3')
		]);
	});

	it('reports an explanation too short to teach anything', () => {
		const files = contentFiles({ questions: [singleChoice({ explanation: 'It says so.' })] });
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, 'explanation: It says so.', 'explanation: is too short')
		]);
	});

	it('reports evidence that is not word for word, naming where it differs', () => {
		const files = contentFiles({
			questions: [fillBlanks({ evidence: 'a spring flood cracked its central column' })]
		});
		const { problems } = loadBank(files);
		expect(problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'evidence: a spring flood',
				'evidence is not word for word in the reading: after "a spring flood cracked its central " the text has "pier'
			)
		]);
		expect(problems[0]?.message).toContain('the quote has "column"');
	});

	it('reports a bank question id that starts with t-, the mark of a teacher’s own question', () => {
		const files = contentFiles({ questions: [singleChoice({ id: 't-who-is-meeting' })] });
		const { bank, problems } = loadBank(files);
		expect(problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- id: t-who-is-meeting',
				'must not start with "t-": that marks a teacher\'s own question in a lesson'
			)
		]);
		expect(bank.questions).toEqual([]);
	});

	it('reports a single-choice question with no correct choice', () => {
		const files = contentFiles({
			questions: [
				singleChoice({ choices: [{ text: 'The engineers' }, { text: 'The shop owners' }] })
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- text: The engineers',
				'needs exactly one choice marked correct: true (found 0)'
			)
		]);
	});

	it('reports a single-choice question with two correct choices', () => {
		const files = contentFiles({
			questions: [
				singleChoice({
					choices: [
						{ text: 'The mayors', correct: true },
						{ text: 'The mayors of two towns', correct: true },
						{ text: 'The shop owners' }
					]
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- text: The mayors',
				'needs exactly one choice marked correct: true (found 2)'
			)
		]);
	});

	it('reports a multiple-select question whose choices are all correct', () => {
		const files = contentFiles({
			questions: [
				multipleSelect({
					choices: [
						{ text: 'Shop owners', correct: true },
						{ text: 'Families', correct: true },
						{ text: 'Drivers', correct: true }
					]
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- text: Shop owners',
				'needs at least one correct choice and at least one wrong one'
			)
		]);
	});

	it('reports a choice that repeats another, whatever its case', () => {
		const files = contentFiles({
			questions: [
				singleChoice({
					choices: [
						{ text: 'The mayors', correct: true },
						{ text: 'The engineers' },
						{ text: 'the mayors' }
					]
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, '- text: the mayors', 'repeats another choice')
		]);
	});

	it('reports a "none of the above" choice', () => {
		const files = contentFiles({
			questions: [
				singleChoice({
					choices: [
						{ text: 'The mayors of Northbridge and Southmoor', correct: true },
						{ text: 'None of the above' }
					]
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- text: None of the above',
				'must not be "all/none of the above"'
			)
		]);
	});

	it('reports a short answer with only one accepted form', () => {
		const files = contentFiles({ questions: [shortAnswer({ accepted: ['forty minutes'] })] });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- forty minutes',
				'accepted: needs at least two accepted forms'
			)
		]);
	});

	it('keeps the near misses an author refused, with their hints', () => {
		const rejected = [{ answer: 'four minutes', hint: 'Four minutes is far too short a drive.' }];
		const { bank } = loadBank(contentFiles({ questions: [shortAnswer({ rejected })] }));
		expect(bank.questions[0]).toMatchObject({ rejected });
	});

	it('reports a refused near miss that an accepted form would count as right', () => {
		const files = contentFiles({
			questions: [
				shortAnswer({
					rejected: [{ answer: 'forty minuts', hint: 'This hint would never be shown.' }]
				}),
				fillBlanks({ rejected: [{ answer: 'pier', hint: 'This hint would never be shown.' }] })
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- answer: forty minuts',
				'close to the accepted "forty minutes"'
			),
			problem(files, FIRST_READING, '- answer: pier', 'close to the accepted "pier"')
		]);
	});

	it('reports a refused near miss without a hint that helps', () => {
		const files = contentFiles({
			questions: [shortAnswer({ rejected: [{ answer: 'four minutes', hint: 'No.' }] })]
		});
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, 'hint: No.', 'is too short to help')
		]);
	});

	it('reports a fill-blanks sentence that is not word for word once filled in', () => {
		const files = contentFiles({
			questions: [
				fillBlanks({
					text: 'The bridge was closed when a summer [flood] cracked its central [pier].'
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'text: The bridge was closed when a summer',
				'with its gaps filled in, is not word for word in the reading'
			)
		]);
	});

	it('reports an ordering item that is not quoted from the reading', () => {
		const files = contentFiles({
			questions: [
				ordering({
					items: [
						'the mayors of Northbridge and Southmoor have agreed to meet',
						'a summer storm cracked its central pier',
						'Shop owners on both banks say they have lost customers'
					]
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- a summer storm',
				'item is not word for word in the reading: "a summer storm cracked its central pier"'
			)
		]);
	});

	it('reports ordering items listed out of the text’s order', () => {
		const files = contentFiles({
			questions: [
				ordering({ items: [IN_TEXT_ORDER[1], IN_TEXT_ORDER[0], IN_TEXT_ORDER[2]] as string[] })
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				{ start: `- ${IN_TEXT_ORDER[0]}`, occurrence: 2 },
				'comes earlier in the reading than the item before it'
			)
		]);
	});

	it('reports a matching question that repeats a term', () => {
		const files = contentFiles({
			questions: [
				matching({
					pairs: [
						{ term: 'aides', meaning: 'people who help an official with their work' },
						{ term: 'draft', meaning: 'a first version that is not final' },
						{ term: 'aides', meaning: 'assistants' }
					]
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				{ start: '- term: aides', occurrence: 2 },
				'repeats another term'
			)
		]);
	});

	it('reports an evidence answer that is not a whole sentence of the reading', () => {
		const files = contentFiles({
			questions: [
				evidenceQuestion({ evidence: 'Neither mayor has confirmed the meeting in public' })
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'evidence: Neither mayor',
				'must be one whole sentence of the reading, exactly'
			)
		]);
	});

	it('reports the evidence type in the whole-article check', () => {
		const files = contentFiles({
			articleCheck: {
				title: 'The whole article',
				introduction: 'Questions on the article as a whole.',
				questions: [evidenceQuestion()]
			}
		});
		expect(loadBank(files).problems).toEqual([
			problem(files, ARTICLE_CHECK, 'type: evidence', 'the evidence type needs a passage')
		]);
	});

	it('reports reading text that is not word for word in the article', () => {
		// A straight apostrophe where the article has a curly one.
		const readings = validReadings();
		readings[3] = readingFile({
			...readings[3],
			text: DEAL.slice(5).join(' ').replace('week’s', "week's")
		});
		const files = contentFiles({ readings });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				readingPath(3, 'waiting-for-news'),
				'text:',
				'text is not a run of whole sentences of section 2, word for word'
			)
		]);
	});

	it('reports a miscopied reading once, not again as a gap at the next reading', () => {
		const readings = validReadings();
		readings[0] = readingFile({
			text: OPENING.slice(0, 4).join(' ').replace('forty-minute', 'forty minute')
		});
		const files = contentFiles({ readings });
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, 'text:', 'text is not a run of whole sentences of section 1')
		]);
	});

	it('reports only the broken question when a reading file fails, not a gap or a lost glossary term', () => {
		const readings = validReadings();
		readings[2] = readingFile({
			...readings[2],
			questions: [{ ...singleChoice(), skill: 'guessing' }]
		});
		const files = contentFiles({
			readings,
			glossary: {
				terms: [
					{
						term: 'ceasefire',
						partOfSpeech: 'noun',
						definition: 'An agreement to stop fighting for a time.'
					}
				]
			}
		});
		expect(loadBank(files).problems).toEqual([
			problem(files, readingPath(2, 'a-possible-deal'), 'skill: guessing', 'skill: must be one of')
		]);
	});

	it('reports sentences that no reading covers between two readings', () => {
		const readings = validReadings();
		readings[1] = readingFile({ ...readings[1], text: OPENING.slice(5).join(' ') });
		const files = contentFiles({ readings });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				readingPath(1, 'who-pays'),
				'text:',
				'leaves a gap: section 1 sentences from "The real question is who will pay for…" to just before "Engineers have warned'
			)
		]);
	});

	it('reports a reading that repeats sentences of the reading before it', () => {
		const readings = validReadings();
		readings[0] = readingFile({ text: OPENING.slice(0, 5).join(' ') });
		const files = contentFiles({ readings });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				readingPath(1, 'who-pays'),
				'text:',
				'overlaps the reading before it: "The real question is who will pay for…" is already in a reading'
			)
		]);
	});

	it('reports a reading under 100 words', () => {
		const readings = [
			readingFile({ text: OPENING.slice(0, 2).join(' ') }),
			readingFile({ id: 'who-pays', title: 'Who pays?', text: OPENING.slice(2).join(' ') }),
			...validReadings().slice(2)
		];
		const files = contentFiles({ readings });
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, 'text:', 'has 56 words; a reading has 100 to 220')
		]);
	});

	it('reports a reading filed out of the article’s section order', () => {
		const [closes, pays, deal, waiting] = validReadings() as [
			ReadingDraft,
			ReadingDraft,
			ReadingDraft,
			ReadingDraft
		];
		const files = contentFiles({ readings: [closes, deal, waiting, pays] });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				readingPath(3, 'who-pays'),
				'section: 1',
				"comes after a reading of section 2: readings must follow the article's order"
			)
		]);
	});

	it('reports a section whose last sentences no reading covers', () => {
		const files = contentFiles({ readings: validReadings().slice(0, 3) });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				`${ARTICLE_ID}/readings/`,
				null,
				'section 2 is not fully covered: from "There are also quieter hopes that a shared…" on'
			)
		]);
	});

	it('reports a glossary term that is not in the article', () => {
		const files = contentFiles({
			glossary: {
				terms: [
					{
						term: 'sovereignty',
						partOfSpeech: 'noun',
						definition: 'A country’s right to rule itself.'
					}
				]
			}
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				GLOSSARY,
				'- term: sovereignty',
				'"sovereignty" does not appear in any reading'
			)
		]);
	});

	it('reports a glossary term listed twice', () => {
		// Two separate objects: the same one twice would be written as a YAML alias.
		const ceasefire = () => ({
			term: 'ceasefire',
			partOfSpeech: 'noun',
			definition: 'An agreement to stop fighting for a time.'
		});
		const files = contentFiles({ glossary: { terms: [ceasefire(), ceasefire()] } });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				GLOSSARY,
				{ start: '- term: ceasefire', occurrence: 2 },
				'"ceasefire" is listed twice'
			)
		]);
	});

	it('reports a question id used in two readings, at the second', () => {
		const readings = validReadings();
		readings[1] = readingFile({
			...readings[1],
			questions: [
				trueFalseNotStated({
					prompt: 'Engineers say the repair will get cheaper if it waits.',
					evidence: 'the more expensive the repair will become'
				})
			]
		});
		const files = contentFiles({ readings, questions: [trueFalseNotStated()] });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				readingPath(1, 'who-pays'),
				'- id: meeting-confirmed',
				'the question id "meeting-confirmed" is used twice'
			)
		]);
	});

	it('reports an article.txt that is not a title, an opening and heading-paragraph pairs', () => {
		// The last heading has lost its paragraph.
		const files = contentFiles({ article: `${articleText()}\nA Heading Without Text` });
		expect(loadBank(files).problems).toEqual([
			problem(files, `${ARTICLE_ID}/article.txt`, null, 'is not in the expected shape')
		]);
	});
});

describe('loadBank refuses cues a test-wise student could use', () => {
	const longKey = (id: string) =>
		singleChoice({
			id,
			choices: [
				{ text: 'The engineers' },
				{ text: 'The mayors of Northbridge and Southmoor', correct: true },
				{ text: 'The shop owners' }
			]
		});

	it('names every question whose key is the longest choice when too many are', () => {
		const files = contentFiles({ questions: [longKey('who-meets-1'), longKey('who-meets-2')] });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- id: who-meets-1',
				'question "who-meets-1": the key is the longest choice by 160%, as in 2 of 2 single-choice questions'
			),
			problem(files, FIRST_READING, '- id: who-meets-2', 'question "who-meets-2": the key is')
		]);
	});

	it('lets a key be the longest choice in a few questions', () => {
		const files = contentFiles({
			questions: [
				longKey('who-meets-1'),
				...['a', 'b', 'c'].map((letter) => singleChoice({ id: `who-meets-${letter}` }))
			]
		});
		expect(loadBank(files).problems).toEqual([]);
	});

	it('names questions whose absolute words are all in wrong choices', () => {
		const files = contentFiles({
			questions: [
				singleChoice({
					choices: [
						{ text: 'Only the engineers who inspected the bridge' },
						{ text: 'The mayors of Northbridge and Southmoor', correct: true },
						{ text: 'The shop owners on both river banks' }
					]
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- id: who-is-meeting',
				'question "who-is-meeting": absolute words (only) appear only in wrong choices'
			)
		]);
	});

	it('accepts absolute words that are as often right as wrong', () => {
		const files = contentFiles({
			questions: [
				singleChoice({
					choices: [
						{ text: 'Only the engineers who inspected the bridge' },
						{ text: 'The mayors of Northbridge and Southmoor', correct: true },
						{ text: 'The shop owners on both river banks' }
					]
				}),
				singleChoice({
					id: 'who-is-meeting-again',
					choices: [
						{ text: 'The engineers who came to inspect the bridge' },
						{ text: 'Only the mayors of Northbridge and Southmoor', correct: true },
						{ text: 'The shop owners on both of the banks' }
					]
				})
			]
		});
		expect(loadBank(files).problems).toEqual([]);
	});

	it('names multiple-select questions that all have the same number of right choices', () => {
		const files = contentFiles({
			questions: [multipleSelect(), multipleSelect({ id: 'who-is-affected-again' })]
		});
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				'- id: who-is-affected',
				'question "who-is-affected": has 2 right choices, like 2 of the 2 multiple-select questions'
			),
			problem(files, FIRST_READING, '- id: who-is-affected-again', 'vary how many are right')
		]);
	});

	it('accepts multiple-select questions with different numbers of right choices', () => {
		const oneRight = multipleSelect({
			id: 'who-is-affected-again',
			choices: [
				{ text: 'Shop owners', correct: true },
				{ text: 'Engineers' },
				{ text: 'Families with relatives across the river' }
			]
		});
		expect(loadBank(contentFiles({ questions: [multipleSelect(), oneRight] })).problems).toEqual(
			[]
		);
	});

	it('names a multiple-select question with more than four right choices', () => {
		const files = contentFiles({
			questions: [
				multipleSelect({
					choices: [
						...['Shop owners', 'Families', 'Drivers', 'Truckers', 'Farmers'].map((text) => ({
							text,
							correct: true
						})),
						{ text: 'Engineers' }
					]
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, '- id: who-is-affected', 'has 5 right choices; a multiple')
		]);
	});

	it('reports a matching question with no spare meaning', () => {
		const files = contentFiles({ questions: [without(matching(), 'spare')] });
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, '- term: aides', 'needs at least one spare meaning')
		]);
	});

	it('reports a spare meaning that repeats a meaning of a term', () => {
		const files = contentFiles({
			questions: [matching({ spare: ['members of the same family'] })]
		});
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, '- members of the same family', 'repeats another meaning')
		]);
	});

	it('reports evidence that the prompt already repeats, whatever its case and punctuation', () => {
		const files = contentFiles({
			questions: [
				trueFalseNotStated({
					prompt:
						'The reading says: "neither mayor has confirmed the meeting in public." Is that so?'
				})
			]
		});
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, 'evidence:', 'evidence is repeated in the prompt')
		]);
	});
});

describe('loadBank with paraphrased ordering items and spare meanings', () => {
	const paraphrased = (evidence: string[]) =>
		ordering({
			paraphrased: true,
			items: [
				'The two mayors plan to meet',
				'A flood damaged the bridge',
				'Shops have lost business',
				'Aides have swapped plans'
			],
			evidence
		});

	it('accepts items in the student’s words, placed by the quotes they restate', () => {
		const files = contentFiles({ questions: [paraphrased(IN_TEXT_ORDER), matching()] });
		const { bank, problems } = loadBank(files);
		expect(problems).toEqual([]);
		expect(bank.questions[0]).toMatchObject({
			type: 'ordering',
			answer: [
				'The two mayors plan to meet',
				'A flood damaged the bridge',
				'Shops have lost business',
				'Aides have swapped plans'
			]
		});
	});

	it('reports paraphrased items whose quotes are out of the text’s order', () => {
		const [first, second, ...rest] = IN_TEXT_ORDER as [string, string, ...string[]];
		const files = contentFiles({ questions: [paraphrased([second, first, ...rest])] });
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				FIRST_READING,
				{ start: `- ${first}`, occurrence: 1 },
				'comes earlier in the reading than the quote before it'
			)
		]);
	});

	it('reports paraphrased items without one quote each', () => {
		const files = contentFiles({ questions: [paraphrased(IN_TEXT_ORDER.slice(0, 3))] });
		expect(loadBank(files).problems).toEqual([
			problem(files, FIRST_READING, `- ${IN_TEXT_ORDER[0]}`, 'needs one quote per item')
		]);
	});

	it('offers spare meanings among the others, belonging to no term', () => {
		const { bank } = loadBank(contentFiles({ questions: [matching()] }));
		const loaded = bank.questions[0];
		if (loaded?.type !== 'matching') {
			throw new Error('expected the matching question');
		}
		expect(loaded.meanings).toHaveLength(5);
		expect(loaded.meanings).toContain('people who live across the river');
		expect(loaded.answer).not.toContain(
			loaded.meanings.indexOf('people who live across the river')
		);
	});

	it('keeps the meanings of the terms where they were before a spare was added, for stored answers', () => {
		const revised = loadBank(contentFiles({ questions: [matching()] })).bank.questions[0];
		if (revised?.type !== 'matching') {
			throw new Error('expected the matching question');
		}
		// Where the meanings stood when the question had no spare: the same shuffle of its pairs.
		const before = stableShuffle(
			matching().pairs.map((pair) => pair.meaning),
			'word-meanings'
		);
		expect(revised.meanings).toEqual([...before, 'people who live across the river']);
	});
});

describe('loadBank with retired question ids', () => {
	const withRetired = (retired: object[]) => ({
		...contentFiles({ questions: [trueFalseNotStated()] }),
		'retired.yaml': toYaml({ retired })
	});

	it('keeps each retired id, why it went and what replaced it', () => {
		const { bank, problems } = loadBank(
			withRetired([
				{ id: 'meeting-announced', reason: 'revised', replacedBy: 'meeting-confirmed' },
				{ id: 'bridge-colour', reason: 'removed' }
			])
		);
		expect(problems).toEqual([]);
		expect(bank.retired).toEqual([
			{ id: 'meeting-announced', reason: 'revised', replacedBy: 'meeting-confirmed' },
			{ id: 'bridge-colour', reason: 'removed', replacedBy: null }
		]);
	});

	it('reports a retired id that a question still uses', () => {
		const files = withRetired([{ id: 'meeting-confirmed', reason: 'removed' }]);
		expect(loadBank(files).problems).toEqual([
			problem(
				files,
				'retired.yaml',
				'- id: meeting-confirmed',
				'"meeting-confirmed" is still a question id'
			)
		]);
	});

	it('reports a retired id replaced by a question the bank does not have', () => {
		const files = withRetired([
			{ id: 'meeting-announced', reason: 'revised', replacedBy: 'meeting-held' }
		]);
		expect(loadBank(files).problems).toEqual([
			problem(files, 'retired.yaml', 'replacedBy:', '"meeting-held" is not a question in the bank')
		]);
	});
});

describe('loadBank measures the cues of each question for the item report', () => {
	const { cues } = loadBank(
		contentFiles({
			questions: [
				singleChoice({
					choices: [
						{ text: 'The engineers' },
						{ text: 'The mayors of Northbridge and Southmoor', correct: true },
						{ text: 'Only the shop owners' }
					]
				}),
				multipleSelect(),
				trueFalseNotStated()
			]
		})
	);
	const of = (id: string) => cues.find((cue) => cue.id === id);

	it('gives the key position as written, the length ratio and the absolute words', () => {
		expect(of('who-is-meeting')).toMatchObject({
			file: FIRST_READING,
			keyPositions: [2],
			choiceCount: 3,
			absoluteInRight: [],
			absoluteInWrong: ['only']
		});
		expect(of('who-is-meeting')?.lengthRatio).toBeCloseTo(39 / 20);
		expect(of('who-is-affected')).toMatchObject({ keyPositions: [1, 3], rightCount: 2 });
	});

	it('flags a question as weak with the reasons an author can act on', () => {
		const meeting = of('who-is-meeting');
		expect(meeting && weaknesses(meeting)).toEqual([
			'key is the longest choice by 95%',
			'absolute words only in wrong choices (only)'
		]);
		const statement = of('meeting-confirmed');
		expect(statement && weaknesses(statement)).toEqual([]);
	});

	it('sums the figures the summary prints', () => {
		expect(cueFigures(cues)).toEqual({
			singleChoice: 1,
			keyLongest: 1,
			keyFirstAsWritten: 0,
			multipleSelect: 1,
			rightCounts: new Map([[2, 1]]),
			withAbsolute: 1,
			absoluteOnlyWrong: 1
		});
	});
});
