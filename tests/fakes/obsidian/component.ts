import type * as obsidian from 'obsidian';

/** An `EventRef` as Obsidian makes them: it knows the `Events` it came from, so it can be detached. */
interface DetachableRef {
	e?: { offref(ref: obsidian.EventRef): void };
}

/**
 * Fake of Obsidian's `Component`: the same lifecycle (load once, unload children and run cleanups in
 * reverse on unload). Tests read `cleanupCount` and `children` to assert that nothing is left registered.
 */
export class Component implements obsidian.Component {
	private loaded = false;
	private cleanups: (() => unknown)[] = [];
	/** Child components, loaded and unloaded with this one. */
	readonly children: Component[] = [];

	/** Whether `load()` ran and `unload()` has not. */
	get isLoaded(): boolean {
		return this.loaded;
	}

	/** Cleanups registered (events, DOM events, intervals, `register`) that have not run yet, children's included. */
	get cleanupCount(): number {
		return this.cleanups.length + this.children.reduce((sum, child) => sum + child.cleanupCount, 0);
	}

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onload();
		for (const child of [...this.children]) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		while (this.children.length > 0) this.children.pop()!.unload();
		const cleanups = this.cleanups.reverse();
		this.cleanups = [];
		for (const cleanup of cleanups) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends obsidian.Component>(component: T): T {
		const child = component as unknown as Component;
		this.children.push(child);
		if (this.loaded) child.load();
		return component;
	}

	removeChild<T extends obsidian.Component>(component: T): T {
		const at = this.children.indexOf(component as unknown as Component);
		if (at >= 0) {
			this.children.splice(at, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(eventRef: obsidian.EventRef): void {
		this.register(() => (eventRef as DetachableRef).e?.offref(eventRef));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}
