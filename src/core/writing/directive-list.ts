/** The directives a writer can type after `%% @`, in the order the README teaches them. */
export const DIRECTIVE_IDS = ['state', 'needs', 'durable', 'restart', 'drop', 'on-failure', 'phase', 'title', 'kind'] as const;

/** One directive's name (the word after `@`). */
export type DirectiveId = (typeof DIRECTIVE_IDS)[number];

/** The directives that name a participant right after them (`@state P += …`). */
export const PARTICIPANT_DIRECTIVES: readonly DirectiveId[] = ['state', 'needs', 'durable', 'restart'];

/** What completing a directive writes: its name and, where more must follow, the space before it. */
export function directiveInsertion(id: DirectiveId): string {
	return id === 'drop' ? '@drop' : `@${id} `;
}
