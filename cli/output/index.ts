/** Where the CLI writes: every command plans its outputs here and writes through writeFileAtomic. */
export { writeFileAtomic, ensureDir, fsReason } from './atomic';
export type { InputFile } from './plan';
export { realPathOf, resolveInputs, sideInputs, outDirFlag, guardOutputs, distinctOutputs, freeName, planOutputs } from './plan';
export { outputMessages } from './messages';
export { cleanedFinding } from './cleaned';
