import { describe, expect, it } from 'vitest';
import type { GlossaryTerm, Reading } from '$lib/content/model';
import { singleChoice } from '../../test-data/questions';
import { passageFor } from './passage-for';

const reading = {
	id: 'back-at-the-table',
	heading: 'Talks',
	sentences: ['Putin and Macron are back at the table.']
} as Pick<Reading, 'id' | 'heading' | 'sentences'> as Reading;
const term = (readingId: string): GlossaryTerm => ({
	articleId: 'putin-macron-talks',
	term: 'sanctions',
	forms: ['sanctions'],
	partOfSpeech: 'noun',
	definition: 'penalties',
	readingId,
	sentence: 'Sanctions stay.'
});
const article = { blocks: [{ heading: null, sentences: ['All of it.'] }] };

describe('passageFor', () => {
	it('shows a question’s reading with only the glossary terms first met in it', () => {
		const passage = passageFor(
			reading,
			article,
			[term('back-at-the-table'), term('red-lines')],
			[]
		);
		expect(passage.blocks).toEqual([{ heading: 'Talks', sentences: reading.sentences }]);
		expect(passage.glossary).toEqual([term('back-at-the-table')]);
		expect(passage.label).toBe('The reading');
	});

	it('holds back what the questions beside it test of its glossary', () => {
		const asks = singleChoice({
			id: 'asks',
			skill: 'vocabulary',
			prompt: 'What does "sanctions" mean here?'
		});
		const other = singleChoice({ id: 'other', prompt: 'Who is talking?' });
		const passage = passageFor(reading, article, [term('back-at-the-table')], [asks, other]);
		expect(passage.tested).toEqual({ asks: ['sanctions'] });
	});

	it('shows the whole article, unmarked, for a question about all of it', () => {
		expect(passageFor(undefined, article, [term('red-lines')], [])).toEqual({
			blocks: article.blocks,
			glossary: [],
			tested: {},
			places: [],
			label: 'The whole article'
		});
	});

	it('shows no text when there is neither a reading nor an article', () => {
		expect(passageFor(null, null, [], []).blocks).toEqual([]);
	});
});
