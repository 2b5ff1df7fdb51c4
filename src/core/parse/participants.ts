import type { Box, Participant } from '../model';
import type { ParticipantDeclaration } from './statement-types';

/** The lifelines in order of first appearance, as Mermaid orders them. */
export class ParticipantList {
	readonly list: Participant[] = [];
	readonly boxes: Box[] = [];
	private readonly byId = new Map<string, Participant>();

	/** The participant with this id, if any. */
	get(id: string): Participant | undefined {
		return this.byId.get(id);
	}

	/** Makes sure a participant used in a message or note exists. */
	use(id: string, line: number): void {
		if (this.byId.has(id)) return;
		const participant: Participant = { id, label: id, kind: 'participant', line };
		this.byId.set(id, participant);
		this.list.push(participant);
	}

	/**
	 * Applies a declaration; returns an error message when Mermaid would refuse it
	 * (a participant in two boxes, `create` of a name already in use).
	 */
	declare(declaration: ParticipantDeclaration, line: number, box: number | undefined): string | undefined {
		const old = this.byId.get(declaration.id);
		if (old && declaration.create) {
			return `\`${declaration.id}\` already exists: a created participant needs a new name (use \`as\` for the same label)`;
		}
		if (old) {
			if (box !== undefined && old.box !== undefined && old.box !== box) {
				return `\`${declaration.id}\` is already in box "${this.boxes[old.box]?.label ?? ''}": a participant belongs to one box`;
			}
			if (box !== undefined) this.addToBox(old, box);
			// Mermaid keeps a redeclared participant's place. Without an alias the first declaration (or first
			// use in a message) stands: `participant A` then `actor A` stays a participant. With an alias, the
			// new look and label replace the old.
			if (declaration.label === undefined) return undefined;
			old.kind = declaration.kind;
			old.label = declaration.label;
			return undefined;
		}
		const participant: Participant = { id: declaration.id, label: declaration.label ?? declaration.id, kind: declaration.kind, line };
		this.byId.set(participant.id, participant);
		this.list.push(participant);
		if (box !== undefined) this.addToBox(participant, box);
		return undefined;
	}

	private addToBox(participant: Participant, box: number): void {
		if (participant.box === box) return;
		participant.box = box;
		this.boxes[box]?.participants.push(participant.id);
	}
}
