/**
 * Runs Mermaid renders one after another. Mermaid keeps global state between `initialize` and `render`
 * (older versions also share a temporary element), so two players drawing at once on one Mermaid can
 * swap themes or break: every render on the same Mermaid goes through one queue.
 */
export class RenderQueue {
	private tail: Promise<unknown> = Promise.resolve();

	/** Runs `task` after every task queued before it has settled; its result or error goes to the caller only. */
	run<T>(task: () => Promise<T>): Promise<T> {
		const result = this.tail.then(task, task);
		// The queue itself never rejects: one failed render must not block the next.
		this.tail = result.catch(() => undefined);
		return result;
	}
}

/**
 * The queue for a Mermaid instance, kept in a WeakMap keyed by that Mermaid object: a cache, not shared
 * mutable state between unrelated owners — it holds nothing once the Mermaid object is gone, and callers
 * that want explicit control pass `PlayerOptions.renderQueue` instead.
 */
// Keyed by any object so this file needs nothing of the player's API: a Mermaid is an object like another here.
const queues = new WeakMap<object, RenderQueue>();

/** The render queue shared by every player drawing with this Mermaid. */
export function renderQueueFor(mermaid: object): RenderQueue {
	let queue = queues.get(mermaid);
	if (queue === undefined) {
		queue = new RenderQueue();
		queues.set(mermaid, queue);
	}
	return queue;
}
