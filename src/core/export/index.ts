/** The pure parts of exporting a walk-through: the slide note, the state table, file names, the animation's keyframes. */
export type { SnapshotCard, SnapshotOutcome, SnapshotRow, StepSnapshot } from './snapshot';
export { stateTable, type StateTableWords } from './state-table';
export { captionLine, slideNote, type SlideNoteInput, type SlideWords } from './slide-note';
export { relativeLink, safeFileBase, stepImageNames } from './file-names';
export { lookKeyframes, onePositionKeyframes, type Keyframes, type LookSequence } from './keyframes';
export { resolveCssVars } from './css-vars';
