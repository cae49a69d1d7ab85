/**
 * Where each problem with a teacher's question is shown: next to the field it names, or, when the
 * form has no such field (a problem with an option's key flag, say), next to the nearest field
 * that holds it. Field paths are the ones the checks give: 'prompt', 'choices.2.text', 'evidence.0'.
 */

export interface FieldProblem {
	field: string;
	message: string;
}

/** A problem as the form shows it: at a field that exists, in the words of its label. */
export interface PlacedProblem {
	/** The field the form shows it by; '' for the question as a whole. */
	field: string;
	label: string;
	message: string;
}

const LIST_ITEMS: Record<string, string> = {
	choices: 'Option',
	accepted: 'Accepted answer',
	evidence: 'Evidence',
	bank: 'Extra word',
	items: 'Item',
	pairs: 'Pair',
	spare: 'Spare meaning',
	rejected: 'Near-miss answer'
};

const FIELDS: Record<string, string> = {
	'': 'The question',
	prompt: 'Question',
	explanation: 'Explanation',
	evidence: 'Evidence',
	skill: 'Skill',
	difficulty: 'Difficulty',
	choices: 'Options',
	answer: 'Answer',
	accepted: 'Accepted answers',
	text: 'Sentence with gaps',
	bank: 'Extra words',
	items: 'Items',
	pairs: 'Pairs',
	spare: 'Spare meanings',
	rejected: 'Near-miss answers'
};

/** The label a teacher sees for a field: 'choices.2.text' is 'Option 3'. */
export function fieldLabel(field: string): string {
	const [list, index, part] = field.split('.');
	const item = LIST_ITEMS[list ?? ''];
	if (item && index !== undefined && /^\d+$/.test(index)) {
		const number = Number(index) + 1;
		if (list === 'pairs' && (part === 'term' || part === 'meaning')) {
			return `${part === 'term' ? 'Term' : 'Meaning'} ${number}`;
		}
		if (list === 'rejected' && part === 'hint') {
			return `Hint for near-miss answer ${number}`;
		}
		return `${item} ${number}`;
	}
	return FIELDS[field] ?? FIELDS[list ?? ''] ?? field;
}

/** The id of a field's element in a form whose ids start with `prefix`. */
export function fieldId(prefix: string, field: string): string {
	return field === '' ? `${prefix}-whole` : `${prefix}-${field.replaceAll('.', '-')}`;
}

/** The field itself if the form has it, or else the nearest one holding it, or '' for none. */
export function anchorOf(field: string, fields: ReadonlySet<string>): string {
	const parts = field.split('.');
	for (let length = parts.length; length > 0; length--) {
		const candidate = parts.slice(0, length).join('.');
		if (fields.has(candidate)) {
			return candidate;
		}
	}
	return '';
}

/** Every problem placed at a field of the form, in the order given. */
export function placeProblems(
	problems: readonly FieldProblem[],
	fields: ReadonlySet<string>
): PlacedProblem[] {
	return problems.map((problem) => {
		const field = anchorOf(problem.field, fields);
		return { field, label: fieldLabel(field), message: problem.message };
	});
}

/** The messages shown by one field. */
export function messagesAt(problems: readonly PlacedProblem[], field: string): string[] {
	return problems.filter((problem) => problem.field === field).map((problem) => problem.message);
}
