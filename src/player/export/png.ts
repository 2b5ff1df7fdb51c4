import { el } from '../dom';

/** How many image pixels per SVG pixel: sharp on high-density screens and in chat. */
const SCALE = 2;

/**
 * Draws a standalone SVG onto a canvas and returns it as a PNG. The SVG is loaded as an image from a
 * blob URL (revoked afterwards): it carries its own styles and no foreign content, so the canvas stays
 * readable.
 */
export async function svgToPng(svgText: string, doc: Document): Promise<Blob> {
	const win = doc.defaultView ?? window;
	const url = win.URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new win.Image();
		image.src = url;
		await image.decode();
		const canvas = el(doc, 'canvas');
		canvas.width = Math.ceil(image.naturalWidth * SCALE);
		canvas.height = Math.ceil(image.naturalHeight * SCALE);
		const context = canvas.getContext('2d');
		if (context === null) throw new Error('No canvas to draw on.');
		context.scale(SCALE, SCALE);
		context.drawImage(image, 0, 0);
		return await new Promise<Blob>((resolve, reject) => {
			canvas.toBlob((blob) => (blob !== null ? resolve(blob) : reject(new Error('The canvas gave no PNG.'))), 'image/png');
		});
	} finally {
		win.URL.revokeObjectURL(url);
	}
}

/** Puts a PNG on the clipboard (ClipboardItem), for pasting into chat. */
export async function copyPng(png: Blob, doc: Document): Promise<void> {
	const win = doc.defaultView ?? window;
	await win.navigator.clipboard.write([new win.ClipboardItem({ 'image/png': png })]);
}
