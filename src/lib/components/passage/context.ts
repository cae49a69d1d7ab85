import { getContext, setContext } from 'svelte';
import type { PassageState } from './passage-state.svelte';

// A key of its own rather than `createContext`'s hidden one: a question card woken on its own,
// before the page around it (`first-card.ts`), is given this context directly.
const key = Symbol('passage');

export const getPassageState = (): PassageState => getContext(key);
export const setPassageState = (state: PassageState): PassageState => setContext(key, state);
export const passageContext = (state: PassageState) => new Map([[key, state]]);
