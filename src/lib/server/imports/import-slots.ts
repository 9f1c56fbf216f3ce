import { createSlots } from '../slots';

/**
 * How many files this process reads and stores at once: each may hold a worker and up to the row limit in
 * memory, so more wait for their turn by being refused (503), rather than adding up.
 */
export const CONCURRENT_IMPORTS = 2;

/** A place for one import, with what frees it; null while every place is taken. */
export const takeImportSlot = createSlots(CONCURRENT_IMPORTS);
