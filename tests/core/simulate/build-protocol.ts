import type { Block, BlockKind, BlockPosition, Effect, Protocol, StateItem, Step } from '../../../src/core/model';

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

	/** A message `from->>to: text`. */
	message(from: string, to: string, text: string): this {
		return this.step('message', from, to, text);
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

	/** `@needs participant: ...` on the last step. */
	needs(participant: string, ...keys: string[]): this {
		this.lastStep().needs.push({ participant, keys, line: this.line++ });
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
		const parent = this.open.length > 0 ? this.open[this.open.length - 1]?.block : undefined;
		const block: Block = { index, kind, label: labels[0] ?? '', line: this.line, endLine: 0, branches: [] };
		if (parent !== undefined) block.parent = parent;
		this.protocol.blocks.push(block);
		bodies.forEach((body, branch) => {
			block.branches.push({ label: labels[branch] ?? '', line: this.line++, steps: [] });
			this.open.push({ block: index, branch });
			body(this);
			this.open.pop();
		});
		if (kind === 'opt' || kind === 'break') block.branches.push({ label: '', line: 0, steps: [] });
		block.endLine = this.line++;
		return this;
	}

	/** The finished protocol. */
	build(): Protocol {
		return this.protocol;
	}

	private step(kind: Step['kind'], from: string, to: string, text: string): this {
		const index = this.protocol.steps.length;
		this.protocol.steps.push({
			index, kind, from, to, text, line: this.line++,
			blocks: this.open.map((position) => ({ ...position })),
			effects: [],
			needs: [],
		});
		for (const position of this.open) this.protocol.blocks[position.block]?.branches[position.branch]?.steps.push(index);
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
		if (last === undefined) throw new Error('needs: write a step first');
		return last;
	}
}

/** Starts building a protocol. */
export function protocol(): ProtocolBuilder {
	return new ProtocolBuilder();
}
