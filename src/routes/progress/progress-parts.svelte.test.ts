/**
 * The progress page's parts a student reads on a phone: the way to Review is always there, the
 * skill rule is one plain sentence beside the chart, and the chart's labels are text (so they
 * keep the page's text size) with the same levels in its accessible name.
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { SKILLS } from '$lib/content/kinds';
import { SKILL_LABELS } from '$lib/content/skills';
import type { SkillMastery } from '$lib/progress/report/mastery';
import NextStep from './NextStep.svelte';
import SkillChart from './SkillChart.svelte';

const titles = new Map([['back-at-the-table', 'Back at the table']]);

describe('what to do next', () => {
	it('offers Review with how many questions are due, whatever comes next', () => {
		render(NextStep, {
			next: { kind: 'continue-reading', readingId: 'back-at-the-table' },
			titles,
			reviews: 3
		});
		expect(screen.getByRole('link', { name: 'Continue with “Back at the table”' })).toBeVisible();
		expect(screen.getByRole('link', { name: 'Review (3 due)' }).getAttribute('href')).toMatch(
			/\/review\/$/
		);
	});

	it('has one way to Review when reviewing is the next step', () => {
		render(NextStep, { next: { kind: 'review', questionIds: ['a', 'b'] }, titles, reviews: 2 });
		expect(screen.getAllByRole('link')).toHaveLength(1);
		expect(screen.getByRole('link', { name: 'Review now' })).toBeVisible();
		expect(screen.getByText(/2 questions are ready to review/)).toBeVisible();
	});
});

describe('the skill chart', () => {
	const mastery: SkillMastery[] = SKILLS.map((skill, index) => ({
		skill,
		level: index === 0 ? 'secure' : index === 1 ? 'getting-there' : 'not-started',
		score: index === 0 ? 0.9 : index === 1 ? 0.6 : 0,
		answered: index < 2 ? 5 : 0,
		questions: 6,
		needsWork: []
	}));

	it('says the mastery rule in one plain sentence, and describes the chart with it', () => {
		render(SkillChart, { mastery });
		const chart = screen.getByRole('img', { name: /^Mastery by skill\./ });
		const rule = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
		expect(rule?.textContent).toMatch(/^A skill is [^.]+ secure from 80%[^.]+\.$/);
	});

	it('names every skill with its level and score, as text rather than a drawing', () => {
		render(SkillChart, { mastery });
		const chart = screen.getByRole('img', { name: /^Mastery by skill\./ });
		expect(chart.getAttribute('aria-label')).toContain(
			`${SKILL_LABELS['key-detail']}: Secure, 90%; ${SKILL_LABELS.inference}: Getting there, 60%`
		);
		expect(chart.querySelector('svg')).toBeNull();
		for (const skill of SKILLS) {
			expect(within(chart).getByText(SKILL_LABELS[skill])).toBeInTheDocument();
		}
		expect(within(chart).getByText('90% · Secure')).toBeInTheDocument();
	});
});
