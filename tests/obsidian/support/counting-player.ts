import type { MermaidLike, PlayerHandle, PlayerOptions } from '../../../src/player';
import type { PlayerHost } from '../../../src/obsidian/player-host';

/** One mount seen by the counting player: where and with what. */
export interface SeenMount {
	container: HTMLElement;
	options: PlayerOptions;
	handle: PlayerHandle;
}

/**
 * A stand-in for `mountPlayer` that counts mounts honestly and behaves like a player where the Obsidian
 * layer can tell: a `.protocol-player` root with `data-step`, a listener handed to `register`, and a
 * `.protocol-error` root for sources that contain `INVALID`.
 */
export function countingPlayer(mermaid: MermaidLike = fakeMermaid()): Pick<PlayerHost, 'mount' | 'loadMermaid'> & { mounts: SeenMount[]; live: () => number } {
	const mounts: SeenMount[] = [];
	let live = 0;
	return {
		mounts,
		live: () => live,
		loadMermaid: () => Promise.resolve(mermaid),
		mount: (container, options) => {
			const root = container.createDiv({ cls: options.source.includes('INVALID') ? 'protocol-error' : 'protocol-player' });
			let step = options.initialStep ?? 0;
			root.dataset.step = String(step);
			const onKey = (): void => {};
			root.addEventListener('keydown', onKey);
			live += 1;
			options.register(() => {
				root.removeEventListener('keydown', onKey);
				live -= 1;
			});
			const goTo = (position: number): void => {
				step = position;
				root.dataset.step = String(step);
			};
			const handle: PlayerHandle = options.source.includes('INVALID')
				? { kind: 'error', root, position: () => -1, goTo: () => undefined }
				: {
					kind: 'player',
					root,
					position: () => step,
					goTo,
					exportSource: () => {
						throw new Error('the counting player draws nothing to export');
					},
					setFaults: () => undefined,
					inspect: () => {
						throw new Error('the counting player simulates nothing');
					},
					readerState: () => ({ position: step, started: step >= 0, branches: {}, restarts: [], drops: [] }),
				};
			mounts.push({ container, options, handle });
			return Promise.resolve(handle);
		},
	};
}

/** A Mermaid that draws nothing; the counting player never calls it. */
export function fakeMermaid(): MermaidLike {
	return {
		render: () => Promise.resolve({ svg: '<svg></svg>' }),
	};
}
