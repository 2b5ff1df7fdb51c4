import type { Block, BlockKind, BlockPosition, Effect, Need, Protocol, StateItem, Step } from '../../../src/core/model';

/** Items as a test writes them: `'session'` holds `true`, `['state', 'LISTEN']` holds a value. */
export type ItemSpec = string | [string, string];

function items(specs: readonly ItemSpec[]): StateItem[] {
	return specs.map((spec) => (typeof spec === 'string' ? { key: spec, value: true } : { key: spec[0], value: spec[1] }));
}

/**
 * Builds a `Protocol` by hand, the way the parser would lay it out, so the simulator is tested without the parser.
 * Directive methods (`add`, `remove`, `restart`, `needs`) attach to the last step, or to `initial` before any step.
 * Every call takes one line, so lines grow as in a written block.
 */
export class ProtocolBuilder {
	private readonly protocol: Protocol = {
		participants: [],
		steps: [],
		blocks: [],
		boxes: [],
		initial: [],
		durable: {},
	};
	private readonly open: BlockPosition[] = [];
	private line = 1;

	/** Declares a participant (`participant B as Server B`). */
	participant(id: string, label = id): this {
		this.protocol.participants.push({ id, label, kind: 'participant', line: this.line++ });
		return this;
	}

	/** A message `from->>to: text` (a solid arrow: a request unless it answers one). */
	message(from: string, to: string, text: string): this {
		this.step('message', from, to, text);
		this.lastStep().arrow = '->>';
		return this;
	}

	/** A message `from-->>to: text` (a dashed arrow: an answer, or one way). */
	reply(from: string, to: string, text: string): this {
		this.step('message', from, to, text);
		this.lastStep().arrow = '-->>';
		return this;
	}

	/** A `Note over on: text`. */
	note(on: string, text: string): this {
		return this.step('note', on, on, text);
	}

	/** `@state participant += ...` */
	add(participant: string, ...specs: ItemSpec[]): this {
		return this.effect({ kind: 'add', participant, items: items(specs), line: this.line++ });
	}

	/** `@state participant -= ...` */
	remove(participant: string, ...keys: string[]): this {
		return this.effect({ kind: 'remove', participant, keys, line: this.line++ });
	}

	/** `@restart participant` */
	restart(participant: string): this {
		return this.effect({ kind: 'restart', participant, line: this.line++ });
	}

	/** `@needs participant: ...` on the last step; `['state', 'ESTABLISHED']` needs that value. */
	needs(participant: string, ...specs: ItemSpec[]): this {
		const need: Need = { participant, keys: specs.map((spec) => (typeof spec === 'string' ? spec : spec[0])), line: this.line++ };
		if (specs.some((spec) => typeof spec !== 'string')) need.values = specs.map((spec) => (typeof spec === 'string' ? true : spec[1]));
		this.lastStep().needs.push(need);
		return this;
	}

	/** `@drop` on the last step: the message is lost. */
	drop(): this {
		this.lastStep().drop = true;
		this.line++;
		return this;
	}

	/** `@on-failure text` on the last step: its label while the request it answers failed. */
	onFailure(text: string): this {
		this.lastStep().onFailure = text;
		this.line++;
		return this;
	}

	/** `@durable participant: ...` */
	durable(participant: string, ...specs: ItemSpec[]): this {
		this.protocol.durable[participant] = [...(this.protocol.durable[participant] ?? []), ...items(specs)];
		this.line++;
		return this;
	}

	/**
	 * A block with one body per branch: `block('alt', ['ok', 'error'], b => ..., b => ...)`.
	 * `opt` and `break` get the synthetic "skip" branch after their one body, as the parser gives them.
	 */
	block(kind: BlockKind, labels: string[], ...bodies: ((builder: this) => void)[]): this {
		const index = this.protocol.blocks.length;
		const parent = this.open.length > 0 ? this.open[this.open.length - 1] : undefined;
		const block: Block = { index, kind, label: labels[0] ?? '', line: this.line, endLine: 0, branches: [] };
		if (parent !== undefined) {
			block.parent = parent.block;
			block.parentBranch = parent.branch;
		}
		this.protocol.blocks.push(block);
		bodies.forEach((body, branch) => {
			const firstStep = this.protocol.steps.length;
			const written = { label: labels[branch] ?? '', line: this.line++, firstStep, endStep: firstStep };
			block.branches.push(written);
			this.open.push({ block: index, branch });
			body(this);
			this.open.pop();
			written.endStep = this.protocol.steps.length;
		});
		const end = this.protocol.steps.length;
		if (kind === 'opt' || kind === 'break') block.branches.push({ label: '', line: 0, firstStep: end, endStep: end });
		block.endLine = this.line++;
		return this;
	}

	/** The finished protocol. */
	build(): Protocol {
		return this.protocol;
	}

	private step(kind: Step['kind'], from: string, to: string, text: string): this {
		const index = this.protocol.steps.length;
		const step: Step = { index, kind, from, to, text, line: this.line++, effects: [], needs: [] };
		const innermost = this.open[this.open.length - 1];
		if (innermost !== undefined) step.block = { ...innermost };
		this.protocol.steps.push(step);
		return this;
	}

	private effect(effect: Effect): this {
		const last = this.protocol.steps[this.protocol.steps.length - 1];
		if (last === undefined) this.protocol.initial.push(effect);
		else last.effects.push(effect);
		return this;
	}

	private lastStep(): Step {
		const last = this.protocol.steps[this.protocol.steps.length - 1];
		if (last === undefined) throw new Error('write a step first');
		return last;
	}
}

/** Starts building a protocol. */
export function protocol(): ProtocolBuilder {
	return new ProtocolBuilder();
}
