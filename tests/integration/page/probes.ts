/**
 * What the page's probes count as still running: started by the page's own scripts after a mark, and not
 * yet removed, cleared or disconnected.
 */
export interface LiveCounts {
	/** DOM event listeners added with `addEventListener` and not removed. */
	listeners: number;
	/** `setTimeout` callbacks neither run nor cleared. */
	timeouts: number;
	/** `setInterval`s not cleared. */
	intervals: number;
	/** `requestAnimationFrame` callbacks neither run nor cancelled. */
	frames: number;
	/** Mutation and resize observers observing and not disconnected. */
	observers: number;
	/** One line per live entry (kind and what it is on), to say what leaked when a count is not zero. */
	details: string[];
}

/** The probes' page API, as `window.__probes`. */
export interface Probes {
	/** A mark: entries started from now on are counted by `liveSince`. */
	mark(): number;
	liveSince(mark: number): LiveCounts;
}

/**
 * Installed in the page before any other script (`page.addInitScript`): wraps `addEventListener`,
 * timers, animation frames and observers so that a test can count, honestly and from outside the plugin,
 * what the page's scripts started and is still running. Playwright sends this function's source to the page, so it
 * must use nothing from its module.
 */
export function installProbes(): void {
	type Entry = { seq: number; kind: 'listener' | 'timeout' | 'interval' | 'frame' | 'observer'; what: string };
	const live = new Set<Entry>();
	let seq = 0;
	// Only what the page's own scripts start counts (the plugin bundle, Mermaid): Playwright's injected
	// scripts add listeners and observers of their own while they click and wait. The call stack tells them apart.
	const fromPage = (): boolean => {
		const limit = Error.stackTraceLimit;
		Error.stackTraceLimit = 50;
		const stack = new Error().stack ?? '';
		Error.stackTraceLimit = limit;
		return stack.includes(`${location.origin}/`);
	};
	const add = (kind: Entry['kind'], what: string): Entry => {
		const entry = { seq: fromPage() ? ++seq : -1, kind, what };
		live.add(entry);
		return entry;
	};
	const describe = (target: unknown): string => {
		if (target === window) return 'window';
		if (target === document) return 'document';
		if (target instanceof Element) return `${target.tagName.toLowerCase()}.${Array.from(target.classList).join('.')}`;
		return String(target);
	};

	// Listeners are told apart as the DOM does: target, type, callback and capture flag.
	const keyOf = (type: string, options: unknown): string =>
		`${type}|${typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture)}`;
	const targets = new WeakMap<object, Map<string, Map<unknown, Entry>>>();
	// Taken off the prototype to be called with each target as `this`, as the DOM's own are.
	const addListener = Reflect.get<EventTarget, 'addEventListener'>(EventTarget.prototype, 'addEventListener');
	const removeListener = Reflect.get<EventTarget, 'removeEventListener'>(EventTarget.prototype, 'removeEventListener');
	EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, callback: unknown, options?: unknown) {
		if (callback !== null && callback !== undefined) {
			const byKey = targets.get(this) ?? new Map<string, Map<unknown, Entry>>();
			targets.set(this, byKey);
			const byCallback = byKey.get(keyOf(type, options)) ?? new Map<unknown, Entry>();
			byKey.set(keyOf(type, options), byCallback);
			// Adding the same listener twice is one listener, as in the DOM.
			if (!byCallback.has(callback)) byCallback.set(callback, add('listener', `${type} on ${describe(this)}`));
		}
		return addListener.call(this, type, callback as EventListener, options as AddEventListenerOptions);
	};
	EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, callback: unknown, options?: unknown) {
		const byCallback = targets.get(this)?.get(keyOf(type, options));
		const entry = byCallback?.get(callback);
		if (entry !== undefined) {
			live.delete(entry);
			byCallback?.delete(callback);
		}
		return removeListener.call(this, type, callback as EventListener, options as EventListenerOptions);
	};

	const timeouts = new Map<number, Entry>();
	const nativeSetTimeout = window.setTimeout.bind(window);
	const nativeClearTimeout = window.clearTimeout.bind(window);
	window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
		const entry = add('timeout', `${ms ?? 0} ms`);
		const id = nativeSetTimeout(() => {
			live.delete(entry);
			timeouts.delete(id);
			if (typeof handler === 'function') (handler as (...args: unknown[]) => void)(...rest);
		}, ms);
		timeouts.set(id, entry);
		return id;
	}) as typeof window.setTimeout;
	window.clearTimeout = ((id?: number) => {
		const entry = id === undefined ? undefined : timeouts.get(id);
		if (entry !== undefined) live.delete(entry);
		if (id !== undefined) timeouts.delete(id);
		nativeClearTimeout(id);
	}) as typeof window.clearTimeout;

	const intervals = new Map<number, Entry>();
	const nativeSetInterval = window.setInterval.bind(window);
	const nativeClearInterval = window.clearInterval.bind(window);
	window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
		const id = nativeSetInterval(handler, ms, ...rest);
		intervals.set(id, add('interval', `${ms ?? 0} ms`));
		return id;
	}) as typeof window.setInterval;
	window.clearInterval = ((id?: number) => {
		const entry = id === undefined ? undefined : intervals.get(id);
		if (entry !== undefined) live.delete(entry);
		if (id !== undefined) intervals.delete(id);
		nativeClearInterval(id);
	}) as typeof window.clearInterval;

	const frames = new Map<number, Entry>();
	const nativeRequestFrame = window.requestAnimationFrame.bind(window);
	const nativeCancelFrame = window.cancelAnimationFrame.bind(window);
	window.requestAnimationFrame = (callback: FrameRequestCallback) => {
		const entry = add('frame', 'animation frame');
		const id = nativeRequestFrame((time) => {
			live.delete(entry);
			frames.delete(id);
			callback(time);
		});
		frames.set(id, entry);
		return id;
	};
	window.cancelAnimationFrame = (id: number) => {
		const entry = frames.get(id);
		if (entry !== undefined) live.delete(entry);
		frames.delete(id);
		nativeCancelFrame(id);
	};

	// An observer counts from its first observe() until disconnect(); observing again while live is the same observer.
	const wrapObserver = <T extends { prototype: { observe: (...args: never[]) => void; disconnect: () => void } }>(Observer: T, name: string): void => {
		const entries = new WeakMap<object, Entry>();
		const observe = Observer.prototype.observe;
		const disconnect = Observer.prototype.disconnect;
		Observer.prototype.observe = function (this: object, ...args: never[]) {
			if (!entries.has(this)) entries.set(this, add('observer', `${name} on ${describe(args[0])}`));
			return observe.apply(this, args);
		};
		Observer.prototype.disconnect = function (this: object) {
			const entry = entries.get(this);
			if (entry !== undefined) live.delete(entry);
			entries.delete(this);
			return disconnect.call(this);
		};
	};
	wrapObserver(MutationObserver, 'MutationObserver');
	wrapObserver(ResizeObserver, 'ResizeObserver');

	const probes = {
		mark: () => seq,
		liveSince: (mark: number) => {
			const since = [...live].filter((entry) => entry.seq > mark);
			const count = (kind: Entry['kind']): number => since.filter((entry) => entry.kind === kind).length;
			return {
				listeners: count('listener'),
				timeouts: count('timeout'),
				intervals: count('interval'),
				frames: count('frame'),
				observers: count('observer'),
				details: since.map((entry) => `${entry.kind}: ${entry.what}`),
			};
		},
	};
	Object.assign(window, { __probes: probes });
}
