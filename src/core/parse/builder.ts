import type { Autonumber, Diagnostic, Step } from '../model';
import { BlockStack } from './blocks';
import { parseBoxData } from './box-data';
import { diagnostic } from './diagnostics';
import { ParticipantList } from './participants';
import type { Segment } from './source-lines';
import type { MessageStatement, NoteStatement, Statement } from './statement-types';

/** The diagram read so far: steps, participants, blocks, boxes and what went wrong. */
export interface Diagram {
	steps: Step[];
	participants: ParticipantList;
	blocks: BlockStack;
	autonumber?: Autonumber;
	errors: Diagnostic[];
	warnings: Diagnostic[];
}

/**
 * Turns statements into steps, one at a time, enforcing what Mermaid enforces: blocks and boxes
 * closed, `create`/`destroy` followed by their message, no deactivation of an inactive participant.
 */
export class DiagramBuilder {
	readonly diagram: Diagram = { steps: [], participants: new ParticipantList(), blocks: new BlockStack(), errors: [], warnings: [] };
	private box: { index: number; line: number } | undefined;
	private contentSeen = false;
	private lastWasStep = false;
	private readonly active = new Map<string, number>();
	private pendingCreate: string | undefined;
	private pendingDestroy: string | undefined;
	private numbering = { next: 1, increment: 1, visible: false };

	/** Records an error on a segment's line. */
	error(segment: Segment, message: string): void {
		this.diagram.errors.push(diagnostic(segment.line, message, segment.source));
	}

	/** Records a warning on a segment's line. */
	warn(segment: Segment, message: string): void {
		this.diagram.warnings.push(diagnostic(segment.line, message, segment.source));
	}

	/** Applies one statement. */
	add(statement: Statement, segment: Segment): void {
		if (statement.type === 'header') {
			if (this.contentSeen) this.error(segment, '`sequenceDiagram` must be the first line of the diagram');
			this.contentSeen = true;
			return;
		}
		this.contentSeen = true;
		if (this.box && !['participant', 'destroy', 'end'].includes(statement.type)) {
			this.error(segment, `only participants can stand inside the \`box\` of line ${this.box.line}: close it with \`end\` first`);
			return;
		}
		const wasStep = this.lastWasStep;
		this.lastWasStep = false;
		switch (statement.type) {
			case 'participant': {
				if (statement.create && this.box) { this.error(segment, '`create` cannot stand inside a `box`'); return; }
				const problem = this.diagram.participants.declare(statement, segment.line, this.box?.index);
				if (problem !== undefined) this.error(segment, problem);
				else if (statement.create) this.pendingCreate = statement.id;
				return;
			}
			case 'destroy': this.pendingDestroy = statement.id; return;
			case 'box':
				this.box = { index: this.diagram.participants.boxes.length, line: segment.line };
				this.diagram.participants.boxes.push(parseBoxData(statement.text));
				return;
			case 'end':
				if (this.box) this.box = undefined;
				else if (!this.diagram.blocks.close(segment.line)) this.error(segment, '`end` without an open block (`loop`, `alt`, `opt`, `par`, `critical`, `break`, `rect` or `box`)');
				return;
			case 'message': this.message(statement, segment); return;
			case 'note': this.note(statement, segment); return;
			case 'activation': this.activation(statement.id, statement.on, segment, wasStep); return;
			case 'autonumber': this.autonumber(statement); return;
			case 'actor-info': this.diagram.participants.use(statement.id, segment.line); return;
			case 'open': this.diagram.blocks.openBlock(statement.keyword, statement.label, segment.line); return;
			case 'branch': {
				const problem = this.diagram.blocks.branch(statement.keyword, statement.label, segment.line);
				if (problem !== undefined) this.error(segment, problem);
				return;
			}
			default: return;
		}
	}

	/** Reports what is still open when the block ends. */
	finish(lineCount: number): void {
		if (this.box) this.diagram.errors.push(diagnostic(this.box.line, `this \`box\` is never closed: add \`end\` after its participants (by line ${lineCount})`));
		for (const block of this.diagram.blocks.unclosed()) {
			this.diagram.errors.push(diagnostic(block.line, `this \`${block.kind}\` is never closed: add \`end\` (by line ${lineCount})`));
		}
	}

	private message(statement: MessageStatement, segment: Segment): void {
		const participants = this.diagram.participants;
		participants.use(statement.from, segment.line);
		participants.use(statement.to, segment.line);
		const index = this.diagram.steps.length;
		if (this.pendingCreate !== undefined) {
			if (statement.to !== this.pendingCreate) {
				this.error(segment, `\`${this.pendingCreate}\` was created just before: the next message must go to it`);
			} else {
				const created = participants.get(statement.to);
				if (created) created.createdAt = index;
			}
			this.pendingCreate = undefined;
		} else if (this.pendingDestroy !== undefined) {
			const destroyed = this.pendingDestroy;
			if (statement.from !== destroyed && statement.to !== destroyed) {
				this.error(segment, `\`${destroyed}\` was destroyed just before: the next message must come from it or go to it`);
			} else {
				const participant = participants.get(destroyed);
				if (participant) participant.destroyedAt = index;
			}
			this.pendingDestroy = undefined;
		}
		const step = this.pushStep({ kind: 'message', from: statement.from, to: statement.to, text: statement.text, line: segment.line, arrow: statement.arrow });
		if (statement.activate) this.activate(step, statement.to);
		if (statement.deactivate) this.deactivate(step, statement.from, segment);
		if (this.numbering.visible) step.sequenceNumber = this.numbering.next;
		// Mermaid counts every message, numbered or not, so numbers resume where they would have been.
		this.numbering.next = Math.round((this.numbering.next + this.numbering.increment) * 100) / 100;
		this.lastWasStep = true;
	}

	private note(statement: NoteStatement, segment: Segment): void {
		for (const id of statement.actors) this.diagram.participants.use(id, segment.line);
		const first = statement.actors[0] ?? '';
		const last = statement.actors[statement.actors.length - 1] ?? first;
		this.pushStep({ kind: 'note', from: first, to: last, text: statement.text, line: segment.line, placement: statement.placement });
		this.lastWasStep = true;
	}

	private pushStep(fields: Omit<Step, 'index' | 'block' | 'effects' | 'needs'>): Step {
		const index = this.diagram.steps.length;
		const step: Step = { index, ...fields, effects: [], needs: [] };
		const block = this.diagram.blocks.place(index);
		if (block !== undefined) step.block = block;
		this.diagram.steps.push(step);
		return step;
	}

	private activation(id: string, on: boolean, segment: Segment, afterStep: boolean): void {
		const step = afterStep ? this.diagram.steps[this.diagram.steps.length - 1] : undefined;
		if (on) this.activate(step, id);
		else this.deactivate(step, id, segment);
		this.lastWasStep = afterStep;
	}

	private activate(step: Step | undefined, id: string): void {
		this.active.set(id, (this.active.get(id) ?? 0) + 1);
		if (step) (step.activates ??= []).push(id);
	}

	private deactivate(step: Step | undefined, id: string, segment: Segment): void {
		const count = this.active.get(id) ?? 0;
		if (count < 1) { this.error(segment, `\`${id}\` is not active here, so it cannot be deactivated`); return; }
		this.active.set(id, count - 1);
		if (step) (step.deactivates ??= []).push(id);
	}

	private autonumber(statement: Extract<Statement, { type: 'autonumber' }>): void {
		if (statement.off) { this.numbering.visible = false; return; }
		// `autonumber 5` restarts at 5 by 1; a bare `autonumber` keeps the current count.
		if (statement.start !== undefined) {
			this.numbering.next = statement.start || this.numbering.next;
			this.numbering.increment = statement.increment === undefined ? 1 : statement.increment || this.numbering.increment;
		}
		this.numbering.visible = true;
		this.diagram.autonumber ??= { start: this.numbering.next, increment: this.numbering.increment };
	}
}
