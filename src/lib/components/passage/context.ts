import { createContext } from 'svelte';
import type { PassageState } from './passage-state.svelte';

export const [getPassageState, setPassageState] = createContext<PassageState>();
