import type { ParticipantKind } from '../model';

/** A participant written in a `participant`/`actor`/`create` line. */
export interface ParticipantDeclaration {
	type: 'participant';
	id: string;
	/** The alias (`as Alice`), or the config's `alias`, when given. */
	label?: string;
	kind: ParticipantKind;
	create: boolean;
}

/** A message line: `A->>+B: text`. */
export interface MessageStatement {
	type: 'message';
	from: string;
	to: string;
	arrow: string;
	text: string;
	activate: boolean;
	deactivate: boolean;
}

/** A note line: `Note over A,B: text`. */
export interface NoteStatement {
	type: 'note';
	placement: 'over' | 'left of' | 'right of';
	actors: string[];
	text: string;
}

/** Keywords that open, continue or close a block. */
export type BlockKeyword = 'loop' | 'rect' | 'opt' | 'alt' | 'par' | 'par_over' | 'critical' | 'break';

/** Every statement a line can hold. */
export type Statement =
	| { type: 'header' }
	| ParticipantDeclaration
	| { type: 'destroy'; id: string }
	| { type: 'box'; text: string }
	| MessageStatement
	| NoteStatement
	| { type: 'activation'; id: string; on: boolean }
	| { type: 'autonumber'; start?: number; increment?: number; off: boolean }
	| { type: 'actor-info'; id: string }
	| { type: 'title'; text: string }
	| { type: 'accessibility' }
	| { type: 'open'; keyword: BlockKeyword; label: string }
	| { type: 'branch'; keyword: 'else' | 'and' | 'option'; label: string }
	| { type: 'end' };

/** What a line could not be understood as: said in plain English. */
export interface StatementError {
	type: 'error';
	message: string;
}
