import { splitSentences } from '$lib/content/text';
import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => {
	// The bank has one article today; the check page serves the first that has a check.
	const article = bank.articles.find((candidate) => candidate.articleCheck !== null);
	const check = article?.articleCheck;
	if (!article || !check) {
		return { check: null };
	}
	const ids = new Set(check.questionIds);
	return {
		check: {
			title: check.title,
			introduction: check.introduction,
			articleTitle: article.title,
			blocks: article.sections.map((section) => ({
				heading: section.heading,
				sentences: splitSentences(section.text)
			})),
			questions: bank.questions.filter((question) => ids.has(question.id))
		}
	};
}) satisfies PageServerLoad;
