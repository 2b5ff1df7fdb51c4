/** Helping a writer: playable blocks in a note, their diagnostics on note lines, completion, what a block tells. */
export { isPlayableFence, noteLineOf, playableFenceAt, playableFences } from './playable-blocks';
export type { PlayableOptions } from './playable-blocks';
export { blockDiagnostics } from './block-diagnostics';
export type { BlockDiagnostic } from './block-diagnostics';
export { DIRECTIVE_IDS, directiveInsertion } from './directive-list';
export type { DirectiveId } from './directive-list';
export { completionAt } from './completion';
export type { Completion, CompletionKind, CompletionOption } from './completion';
export { writingFacts } from './writing-facts';
export type { NamedParticipant, WritingFacts } from './writing-facts';
