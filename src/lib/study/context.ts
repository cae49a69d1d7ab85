import { createContext } from 'svelte';
import type { StudySession } from './study-session.svelte';

/** The session a study page answers into: its question list and passage share it. */
export const [getStudySession, setStudySession] = createContext<StudySession>();
