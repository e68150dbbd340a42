/** @module The 56 OSCE participating states of 2009 (and Mongolia, the 57th from 2012). */
import type { StateData } from './types.ts';

export const STATES: readonly StateData[] = [];
