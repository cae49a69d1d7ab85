/**
 * A teacher's own question in a lesson: a bank question the teacher edited, or one they added.
 *
 * Interface (for the lesson builder, the lesson link and everything downstream):
 * - `TeacherQuestion` (schema `teacherQuestionSchema`): the AUTHORED shape of the bank's YAML
 *   (`QuestionSource`: `choices: [{ text, correct }]`, `accepted`, `evidence`, ...), plus
 *   `readingId` (the reading it is written on) and `origin`: `{ kind: 'edited', from: '<bank
 *   question id>' }` or `{ kind: 'added' }`. Its id starts with `t-` (`TEACHER_ID_PREFIX`); no
 *   bank id does (the content check refuses one), so the two are never confused.
 * - `checkTeacherQuestion(question, reading, context)`: runs the schema, the bank's rules
 *   (evidence word for word from the reading, one key, ordering follows the text, accepted and
 *   rejected answers do not clash, ...) and the cue rules for one question (the key not the
 *   longest choice by 10% or more, absolute words not only in wrong choices, ...). Returns the
 *   question as students get it (`Question`, null when there is any problem) and the problems,
 *   each `{ field, message }` with `field` a dotted path into the authored shape: 'prompt',
 *   'choices.2.text', 'evidence.0', 'accepted.1', 'pairs.0.meaning', 'id', 'readingId'.
 *   `question` may be anything (a form's draft, a link's JSON): it never throws.
 * - `toTeacherDraft(bankQuestion)`: the inverse conversion, to edit a bank question: new id
 *   `t-<bank id>`, origin edited. (A whole-article question has no reading: its draft has
 *   readingId '' and the check asks for one.)
 * - `newTeacherQuestion(type, readingId, takenIds?)`: an empty draft of one type, with the slots
 *   the type needs (four choices, two accepted forms, three items, three pairs and a spare, ...)
 *   and an id `t-new-<n>` not among `takenIds`. It fails the check until it is filled in.
 */
import * as v from 'valibot';
import { toQuestion } from '../content/authoring/convert';
import { CUE_LIMITS, measureCues } from '../content/authoring/cues';
import { fieldName, fieldProblems, type FieldProblem } from '../content/authoring/problems';
import { checkQuestionRules } from '../content/authoring/rules';
import {
	evidenceQuestionSchema,
	fillBlanksSchema,
	matchingSchema,
	multipleSelectSchema,
	orderingSchema,
	shortAnswerSchema,
	singleChoiceSchema,
	slug,
	TEACHER_ID_PREFIX,
	trueFalseNotStatedSchema
} from '../content/authoring/schema';
import type { QuestionType } from '../content/kinds';
import type { Question, Reading } from '../content/model';
import { issuePath, describeOneIssue } from '../validation/schema-issue';

export { TEACHER_ID_PREFIX };
export type { FieldProblem };

export const teacherOriginSchema = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.literal('edited'), from: slug }),
		v.strictObject({ kind: v.literal('added') })
	],
	'must say whether the question was edited from the bank or added'
);

export type TeacherOrigin = v.InferOutput<typeof teacherOriginSchema>;

const teacherEntries = {
	id: v.pipe(
		v.string(),
		v.maxLength(100, 'must be at most 100 characters'),
		v.regex(
			/^t-[a-z0-9]+(?:-[a-z0-9]+)*$/,
			`must start with "${TEACHER_ID_PREFIX}" and go on in lowercase letters, digits and single hyphens`
		)
	),
	readingId: v.pipe(v.string(), v.nonEmpty('must name the reading the question is on'), slug),
	origin: teacherOriginSchema
};

/** Each type's authored schema with the teacher's fields in place of the bank's id. */
function teacher<E extends v.ObjectEntries>(schema: v.StrictObjectSchema<E, undefined>) {
	return v.strictObject({ ...schema.entries, ...teacherEntries });
}

export const teacherQuestionSchema = v.variant(
	'type',
	[
		teacher(singleChoiceSchema),
		teacher(trueFalseNotStatedSchema),
		teacher(multipleSelectSchema),
		teacher(shortAnswerSchema),
		teacher(fillBlanksSchema),
		teacher(orderingSchema),
		teacher(matchingSchema),
		teacher(evidenceQuestionSchema)
	],
	'must be one of the eight question types'
);

export type TeacherQuestion = v.InferOutput<typeof teacherQuestionSchema>;

export interface TeacherQuestionContext {
	/** The ids of the lesson's other questions, bank and teacher: this one must differ from them. */
	takenIds?: Iterable<string>;
}

export interface TeacherQuestionCheck {
	/** The question as students get it; null while there is any problem. */
	question: Question | null;
	problems: FieldProblem[];
}

/**
 * Checks a teacher's question as the content check checks the bank's, against the reading it is
 * written on. Never throws: `question` may come from a form or from a link.
 */
export function checkTeacherQuestion(
	question: unknown,
	reading: Reading,
	context: TeacherQuestionContext = {}
): TeacherQuestionCheck {
	const parsed = v.safeParse(teacherQuestionSchema, question);
	if (!parsed.success) {
		return { question: null, problems: schemaProblems(parsed.issues) };
	}
	const draft = parsed.output;
	const { problems, report } = fieldProblems();
	if (draft.readingId !== reading.id) {
		report(['readingId'], `must be the reading the question is on ("${reading.id}")`);
	}
	if (new Set(context.takenIds ?? []).has(draft.id)) {
		report(['id'], `"${draft.id}" is already a question in this lesson: give each its own id`);
	}
	checkQuestionRules(
		draft,
		{ text: reading.text, sentences: reading.sentences, where: 'the reading' },
		(path, message) => report(path, plainWords(message))
	);
	// Cues are measured on what students see, and mean something only once the key is settled.
	const converted = toQuestion(draft, reading.articleId, reading.id);
	if (problems.length === 0) {
		problems.push(...cueProblems(converted));
	}
	return { question: problems.length === 0 ? converted : null, problems };
}

/**
 * The bank's limits on cues hold for the bank as a whole (a share of questions); one teacher's
 * question is held to each limit on its own, since nothing else in the lesson evens it out.
 */
function cueProblems(question: Question): FieldProblem[] {
	const cues = measureCues(question, { file: '', line: null });
	const problems: FieldProblem[] = [];
	const over = `${Math.round(((cues.lengthRatio ?? 1) - 1) * 100)}%`;
	if (cues.lengthRatio !== null && cues.lengthRatio >= CUE_LIMITS.keyLongerBy) {
		if (question.type === 'single-choice') {
			problems.push({
				field: `choices.${question.answer}.text`,
				message: `is the right choice and ${over} longer than the longest wrong one: students can pick it without reading. Make the wrong choices as long and specific as this one.`
			});
		} else {
			problems.push({
				field: 'choices',
				message: `The right choices are ${over} longer than the wrong ones on average: students can pick them without reading. Make the wrong choices as long and specific.`
			});
		}
	}
	if (cues.absoluteInWrong.length > 0 && cues.absoluteInRight.length === 0) {
		problems.push({
			field: 'choices',
			message: `Absolute words (${cues.absoluteInWrong.join(', ')}) are only in wrong choices: students strike those out without reading. Use them in a right choice too, or in none.`
		});
	}
	if (cues.rightCount !== null && cues.rightCount > CUE_LIMITS.maxRight) {
		problems.push({
			field: 'choices',
			message: `has ${cues.rightCount} right choices; a question where you select several has 1 to ${CUE_LIMITS.maxRight}.`
		});
	}
	return problems;
}

/** The bank's rules speak of YAML fields; in the builder the same problems are said in its words. */
function plainWords(message: string): string {
	return message
		.replace('choice marked correct: true', 'right choice')
		.replace(' (spare: [...])', '')
		.replace('needs at least one [gap]', 'needs at least one gap in [brackets]');
}

function schemaProblems(issues: readonly v.BaseIssue<unknown>[]): FieldProblem[] {
	return issues.flatMap((issue) => {
		// A union (evidence: one quote or a list) fails as a whole; a list's own issues say where.
		const nested = issue.type === 'union' ? (issue.issues ?? []) : [];
		const inner = nested.filter((sub) => issuePath(sub).length > issuePath(issue).length);
		return (inner.length > 0 ? inner : [issue]).map((one) => {
			const field = fieldName(issuePath(one));
			const message = describeOneIssue(one, fieldName);
			return {
				field,
				message: plainWords(
					message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message
				)
			};
		});
	});
}

/** A bank question as a draft to edit: the authored shape again, under a teacher's id. */
export function toTeacherDraft(bankQuestion: Question): TeacherQuestion {
	const q = bankQuestion;
	const base = {
		id: `${TEACHER_ID_PREFIX}${q.id.startsWith(TEACHER_ID_PREFIX) ? q.id.slice(TEACHER_ID_PREFIX.length) : q.id}`,
		readingId: q.readingId ?? '',
		origin: { kind: 'edited', from: q.id } as TeacherOrigin,
		skill: q.skill,
		difficulty: q.difficulty,
		prompt: q.prompt,
		explanation: q.explanation,
		evidence: q.evidence.length === 1 ? (q.evidence[0] ?? '') : q.evidence
	};
	const marked = (index: number, right: boolean) => (right ? { correct: true } : {});
	switch (q.type) {
		case 'single-choice':
			return {
				...base,
				type: q.type,
				choices: q.choices.map((text, index) => ({ text, ...marked(index, index === q.answer) }))
			};
		case 'multiple-select':
			return {
				...base,
				type: q.type,
				choices: q.choices.map((text, index) => ({
					text,
					...marked(index, q.answer.includes(index))
				}))
			};
		case 'true-false-not-stated':
			return {
				...base,
				type: q.type,
				answer: q.answer === 'true' ? true : q.answer === 'false' ? false : 'not-stated'
			};
		case 'short-answer':
			return {
				...base,
				type: q.type,
				accepted: [...q.accepted],
				...(q.rejected ? { rejected: q.rejected.map((near) => ({ ...near })) } : {})
			};
		case 'fill-blanks':
			return {
				...base,
				type: q.type,
				text: q.text,
				...(q.bank ? { bank: extraWords(q.bank, q.answer) } : {}),
				...(q.rejected ? { rejected: q.rejected.map((near) => ({ ...near })) } : {})
			};
		case 'ordering': {
			// The model does not keep the flag: items in the student's own words are the ones their
			// quotes, one per item, do not contain.
			const paraphrased =
				q.evidence.length === q.answer.length &&
				q.answer.some((item, index) => !(q.evidence[index] ?? '').includes(item));
			return {
				...base,
				type: q.type,
				items: [...q.answer],
				...(paraphrased ? { paraphrased: true } : {})
			};
		}
		case 'matching': {
			const spare = q.meanings.filter((_, index) => !q.answer.includes(index));
			return {
				...base,
				type: q.type,
				pairs: q.terms.map((term, index) => ({
					term,
					meaning: q.meanings[q.answer[index] ?? -1] ?? ''
				})),
				...(spare.length > 0 ? { spare } : {})
			};
		}
		case 'evidence':
			return { ...base, type: q.type, evidence: q.answer };
	}
}

/** The word bank as authored: the bank without one of each gap's expected word. */
function extraWords(bank: string[], gaps: string[][]): string[] {
	const extra = [...bank];
	for (const gap of gaps) {
		const at = extra.indexOf(gap[0] ?? '');
		if (at >= 0) {
			extra.splice(at, 1);
		}
	}
	return extra;
}

/** An empty question of one type on a reading, with the slots its type needs. */
export function newTeacherQuestion(
	type: QuestionType,
	readingId: string,
	takenIds: Iterable<string> = []
): TeacherQuestion {
	const taken = new Set(takenIds);
	let n = 1;
	while (taken.has(`${TEACHER_ID_PREFIX}new-${n}`)) {
		n++;
	}
	const base = {
		id: `${TEACHER_ID_PREFIX}new-${n}`,
		readingId,
		origin: { kind: 'added' } as TeacherOrigin,
		skill: 'key-detail' as const,
		difficulty: 1 as const,
		prompt: '',
		explanation: '',
		evidence: ''
	};
	const choices = (right: number) =>
		Array.from({ length: 4 }, (_, index) => ({
			text: '',
			...(index < right ? { correct: true } : {})
		}));
	switch (type) {
		case 'single-choice':
			return { ...base, type, choices: choices(1) };
		case 'multiple-select':
			return { ...base, type, choices: choices(2) };
		case 'true-false-not-stated':
			return { ...base, type, answer: true };
		case 'short-answer':
			return { ...base, type, accepted: ['', ''] };
		case 'fill-blanks':
			return { ...base, type, text: '' };
		case 'ordering':
			return { ...base, type, items: ['', '', ''] };
		case 'matching':
			return {
				...base,
				type,
				pairs: Array.from({ length: 3 }, () => ({ term: '', meaning: '' })),
				spare: ['']
			};
		case 'evidence':
			return { ...base, type };
	}
}
