import { el } from '../dom';

/** How many image pixels per SVG pixel: sharp on high-density screens and in chat. */
const SCALE = 2;

/**
 * The largest canvas every browser draws: 16,777,216 pixels in all (Safari's limit; Chromium's is larger)
 * and 16,384 on a side. A canvas over it stays blank or throws.
 */
export const CANVAS_LIMIT = { area: 16_777_216, side: 16_384 } as const;

/** The scale to draw an image of `width` × `height` at: twice its size, less when that would pass the canvas limit (or a smaller `maxArea`). */
export function pngScale(width: number, height: number, maxArea: number = CANVAS_LIMIT.area): number {
	const w = Math.max(1, width);
	const h = Math.max(1, height);
	return Math.min(SCALE, Math.sqrt(Math.min(maxArea, CANVAS_LIMIT.area) / (w * h)), CANVAS_LIMIT.side / w, CANVAS_LIMIT.side / h);
}

/**
 * Draws a standalone SVG onto a canvas at twice its size (less for a huge one) and returns it as a PNG. The SVG is loaded as an image from a
 * blob URL (revoked afterwards): it carries its own styles and no foreign content, so the canvas stays
 * readable.
 */
export async function svgToPng(svgText: string, doc: Document, maxArea: number = CANVAS_LIMIT.area): Promise<Blob> {
	const win = doc.defaultView ?? window;
	const url = win.URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new win.Image();
		image.src = url;
		await image.decode();
		const canvas = el(doc, 'canvas');
		// "Copy step as image" of a long diagram: scaled down to stay within the canvas limit (issue 19).
		const scale = pngScale(image.naturalWidth, image.naturalHeight, maxArea);
		canvas.width = Math.min(CANVAS_LIMIT.side, Math.floor(image.naturalWidth * scale));
		canvas.height = Math.min(CANVAS_LIMIT.side, Math.floor(image.naturalHeight * scale));
		const context = canvas.getContext('2d');
		if (context === null) throw new Error('No canvas to draw on.');
		context.scale(scale, scale);
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
