/**
 * The graders of typed answers. Importing this module makes them available to `gradeAnswer`
 * (see `typed-grading.ts`): a page or script that grades typed answers without a question card
 * imports it for that effect.
 */
import { gradeFillBlanks } from './grade-fill-blanks';
import { gradeShortAnswer } from './grade-short-answer';
import { provideTypedGraders } from './typed-grading';

export interface TypedGraders {
	gradeShortAnswer: typeof gradeShortAnswer;
	gradeFillBlanks: typeof gradeFillBlanks;
}

provideTypedGraders({ gradeShortAnswer, gradeFillBlanks });
