import { captureStrings } from '../../i18n/capture';
import type { PluginContext } from '../context';
import { CaptureModal } from './capture-modal';
import { PickCaptureModal } from './pick-capture-modal';

/** Registers **New protocol note from capture…** (no hotkey): pick a capture or paste HAR, preview, write the note. */
export function registerCapture(ctx: PluginContext): void {
	const words = captureStrings(ctx.language);
	ctx.plugin.addCommand({
		id: 'new-note-from-capture',
		name: words.command,
		callback: () => {
			new PickCaptureModal(ctx.app, words, (source) => new CaptureModal(ctx.app, ctx, source, words).open()).open();
		},
	});
}
