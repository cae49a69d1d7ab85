/**
 * The conversation with the LMS, in either SCORM version, behind one small interface: start the
 * session (the student's name and any saved state come back), report after every answer and at
 * the end (score, statuses, each question's interaction, the state to resume from), and close,
 * telling the LMS whether the student finished or will come back.
 */
import type { Interaction, ScormVersion } from './interactions';

/** The four calls both versions have, under one set of names. */
interface Calls {
	initialize(): boolean;
	get(element: string): string;
	set(element: string, value: string): boolean;
	commit(): boolean;
	terminate(): boolean;
}

/** Each call's name in each version (1.2's start with LMS; it finishes where 2004 terminates). */
const CALL_NAMES: Record<keyof Calls, Record<ScormVersion, string>> = {
	initialize: { scorm12: 'LMSInitialize', scorm2004: 'Initialize' },
	get: { scorm12: 'LMSGetValue', scorm2004: 'GetValue' },
	set: { scorm12: 'LMSSetValue', scorm2004: 'SetValue' },
	commit: { scorm12: 'LMSCommit', scorm2004: 'Commit' },
	terminate: { scorm12: 'LMSFinish', scorm2004: 'Terminate' }
};

const ok = (value: unknown) => value === true || value === 'true';

function hasMethods(api: unknown, names: string[]): boolean {
	return (
		typeof api === 'object' &&
		api !== null &&
		names.every((name) => typeof (api as Record<string, unknown>)[name] === 'function')
	);
}

function callsOf(api: unknown, version: ScormVersion): Calls | null {
	if (
		!hasMethods(
			api,
			Object.values(CALL_NAMES).map((names) => names[version])
		)
	) {
		return null;
	}
	const lms = api as Record<string, (...parameters: string[]) => unknown>;
	// Called as methods of the LMS's object, as its API expects.
	const call = (name: keyof Calls, ...parameters: string[]) =>
		lms[CALL_NAMES[name][version]]?.(...parameters);
	return {
		initialize: () => ok(call('initialize', '')),
		get: (element) => String(call('get', element) ?? ''),
		set: (element, value) => ok(call('set', element, value)),
		commit: () => ok(call('commit', '')),
		terminate: () => ok(call('terminate', ''))
	};
}

/** Where each piece lives in each version's data model. */
const ELEMENTS = {
	scorm12: {
		name: 'cmi.core.student_name',
		entry: 'cmi.core.entry',
		suspendData: 'cmi.suspend_data',
		score: 'cmi.core.score',
		sessionTime: 'cmi.core.session_time',
		exit: 'cmi.core.exit',
		learnerResponse: 'student_response'
	},
	scorm2004: {
		name: 'cmi.learner_name',
		entry: 'cmi.entry',
		suspendData: 'cmi.suspend_data',
		score: 'cmi.score',
		sessionTime: 'cmi.session_time',
		exit: 'cmi.exit',
		learnerResponse: 'learner_response'
	}
} as const;

/** 1.2's CMITimespan: hours (at least two digits), minutes, seconds. */
export function scorm12Time(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${pad(Math.min(9999, Math.floor(whole / 3600)))}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`;
}

/** 2004's timeinterval: an ISO 8601 duration. */
export function scorm2004Time(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	return `PT${Math.floor(whole / 3600)}H${Math.floor(whole / 60) % 60}M${whole % 60}S`;
}

/** LMSs give "Last, First" (the standard's form); the lesson speaks to "First Last". */
export function displayName(lmsName: string): string {
	const parts = lmsName.split(',').map((part) => part.trim());
	const name =
		parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : lmsName.trim();
	return name.slice(0, 40);
}

export interface LessonReport {
	/** Out of 100. */
	score: number;
	passMark: number;
	/** The student handed the lesson in. */
	finished: boolean;
	suspendData: string;
}

export class ScormSession {
	readonly version: ScormVersion;
	/** The student's name as the LMS has it, for the lesson and its results code. */
	readonly learnerName: string;
	/** The state saved when the student last left, or '' on a first launch. */
	readonly suspendData: string;
	readonly #calls: Calls;
	readonly #startedAt: number;
	#nextInteraction: number;
	#finished = false;
	#open = true;

	private constructor(calls: Calls, version: ScormVersion, now: number) {
		this.#calls = calls;
		this.version = version;
		this.#startedAt = now;
		const elements = ELEMENTS[version];
		this.learnerName = displayName(calls.get(elements.name));
		const entry = calls.get(elements.entry);
		this.suspendData = entry === 'resume' || entry === '' ? calls.get(elements.suspendData) : '';
		this.#nextInteraction = Number(calls.get('cmi.interactions._count')) || 0;
	}

	/** Initializes the LMS's API, or returns null when it is not one or refuses. */
	static start(api: unknown, version: ScormVersion, now: number): ScormSession | null {
		const calls = callsOf(api, version);
		if (!calls || !calls.initialize()) {
			return null;
		}
		return new ScormSession(calls, version, now);
	}

	/** Adds one question's interaction; each question's first try is recorded once. */
	addInteraction(interaction: Interaction): void {
		if (!this.#open) {
			return;
		}
		const at = `cmi.interactions.${this.#nextInteraction}`;
		this.#nextInteraction += 1;
		const { set } = this.#calls;
		// Order matters to the LMS: the id first, then the type the response is checked against.
		set(`${at}.id`, interaction.id);
		set(`${at}.type`, interaction.type);
		if (interaction.description !== undefined) {
			set(`${at}.description`, interaction.description);
		}
		set(`${at}.weighting`, '1');
		set(`${at}.${ELEMENTS[this.version].learnerResponse}`, interaction.learnerResponse);
		set(`${at}.result`, interaction.result);
		if (interaction.correctResponse !== undefined) {
			set(`${at}.correct_responses.0.pattern`, interaction.correctResponse);
		}
	}

	/** Score, statuses and the state to resume from; committed at once, so nothing waits. */
	report({ score, passMark, finished, suspendData }: LessonReport): void {
		if (!this.#open) {
			return;
		}
		const { set } = this.#calls;
		const elements = ELEMENTS[this.version];
		const passed = score >= passMark;
		set(`${elements.score}.min`, '0');
		set(`${elements.score}.max`, '100');
		set(`${elements.score}.raw`, String(score));
		if (this.version === 'scorm12') {
			set('cmi.core.lesson_status', finished ? (passed ? 'passed' : 'failed') : 'incomplete');
		} else {
			set('cmi.score.scaled', String(score / 100));
			set('cmi.completion_status', finished ? 'completed' : 'incomplete');
			set('cmi.success_status', finished ? (passed ? 'passed' : 'failed') : 'unknown');
		}
		set(elements.suspendData, suspendData);
		this.#finished = finished;
		this.#calls.commit();
	}

	/** Ends the session: time spent, and whether the student will come back to it. */
	end(now: number): void {
		if (!this.#open) {
			return;
		}
		this.#open = false;
		const { set } = this.#calls;
		const elements = ELEMENTS[this.version];
		const seconds = (now - this.#startedAt) / 1000;
		set(
			elements.sessionTime,
			this.version === 'scorm12' ? scorm12Time(seconds) : scorm2004Time(seconds)
		);
		set(elements.exit, this.#finished ? (this.version === 'scorm12' ? '' : 'normal') : 'suspend');
		this.#calls.commit();
		this.#calls.terminate();
	}
}
