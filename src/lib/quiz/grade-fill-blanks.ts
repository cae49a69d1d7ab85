import type { FillBlanksQuestion } from '$lib/content/model';
import { gradeFromParts, listOrEmpty } from './grade-parts';
import type { Grade, PartMark, ResponseFor } from './response';
import { matchTolerantly } from './tolerant-match';

/**
 * Each gap is right when its word matches one of that gap's accepted words. Typed gaps forgive
 * small slips, never one that turns the word into its opposite; word-bank gaps forgive none,
 * since a distractor one letter from the answer ("sanction" for "sanctions") was picked, not
 * mistyped. A gap filled with a near miss the author refused is wrong, and the author's hint is
 * given (the first gap's, when several are).
 */
export function gradeFillBlanks(
	question: FillBlanksQuestion,
	response: ResponseFor<'fill-blanks'>
): Grade {
	const blanks = listOrEmpty(response.blanks);
	const typed = question.bank === null;
	const rejected = question.rejected ?? [];
	let forgivenTypos = false;
	let hint: string | undefined;
	const parts: PartMark[] = question.answer.map((accepted, gap) => {
		const blank = blanks[gap];
		const { matched, forgivenTypo, refused } = matchTolerantly(
			typeof blank === 'string' ? blank : '',
			accepted,
			{ rejected: rejected.map((near) => near.answer) }
		);
		hint ??= rejected.find((near) => near.answer === refused)?.hint;
		if (matched === null || (forgivenTypo && !typed)) {
			return 'wrong';
		}
		forgivenTypos ||= forgivenTypo;
		return 'right';
	});
	const grade = gradeFromParts(parts, forgivenTypos);
	return hint === undefined ? grade : { ...grade, hint };
}
