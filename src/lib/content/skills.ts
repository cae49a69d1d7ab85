import type { Skill } from './kinds';

/** Skills in the words teachers search by, with their anchor standards (DESIGN.md). */
export const SKILL_LABELS: Record<Skill, string> = {
	'key-detail': 'Key details',
	inference: 'Inference',
	'main-idea': 'Main idea',
	vocabulary: 'Vocabulary in context',
	structure: 'Text structure',
	'purpose-tone': 'Purpose and tone',
	'claims-evidence': 'Claims and evidence'
};

export const SKILL_ANCHORS: Record<Skill, string> = {
	'key-detail': 'CCRA.R.1',
	inference: 'CCRA.R.1',
	'main-idea': 'CCRA.R.2',
	vocabulary: 'CCRA.R.4',
	structure: 'CCRA.R.5',
	'purpose-tone': 'CCRA.R.6',
	'claims-evidence': 'CCRA.R.8'
};
