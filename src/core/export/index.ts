/** The pure parts of exporting a walk-through: the slide note, the state table, file names, the animation's keyframes. */
export type { SnapshotCard, SnapshotOutcome, SnapshotRow, StepSnapshot } from './snapshot';
export { stateTable, type StateTableWords } from './state-table';
export { captionLine, fitToSlide, SLIDE_IMAGE_BOX, slideNote, type SlideNoteInput, type SlideSource, type SlideWords } from './slide-note';
export { baseBudget, cutToBytes, NAME_BYTES, relativeLink, safeFileBase, stepImageNames, utf8Length } from './file-names';
export { lookKeyframes, onePositionKeyframes, type Keyframes, type LookSequence } from './keyframes';
export { resolveCssVars } from './css-vars';
export { portableColor, portableCss, portableDeclaration, rewriteDeclarations, withoutProperties, type PortableColor } from './portable-css';
export { xmlSafeText } from './xml-text';
export { commentText, markdownText } from './markdown-text';
