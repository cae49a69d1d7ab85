import type { FillBlanksQuestion } from '$lib/content/model';
import { gradeFromParts, listOrEmpty } from './grade-parts';
import type { Grade, PartMark, ResponseFor } from './response';
import { matchTolerantly } from './tolerant-match';

/**
 * Each gap is right when its word matches one of that gap's accepted words. Typed gaps forgive
 * small slips; word-bank gaps do not, since a distractor one letter from the answer ("sanction"
 * for "sanctions") was picked, not mistyped.
 */
export function gradeFillBlanks(
	question: FillBlanksQuestion,
	response: ResponseFor<'fill-blanks'>
): Grade {
	const blanks = listOrEmpty(response.blanks);
	const typed = question.bank === null;
	let forgivenTypos = false;
	const parts: PartMark[] = question.answer.map((accepted, gap) => {
		const blank = blanks[gap];
		const { matched, forgivenTypo } = matchTolerantly(
			typeof blank === 'string' ? blank : '',
			accepted
		);
		if (matched === null || (forgivenTypo && !typed)) {
			return 'wrong';
		}
		forgivenTypos ||= forgivenTypo;
		return 'right';
	});
	return gradeFromParts(parts, forgivenTypos);
}
