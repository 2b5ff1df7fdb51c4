import { describe, expect, it } from 'vitest';
import { portableColor, portableCss, withoutProperties } from '../../../src/core/export/portable-css';

describe('portableColor', () => {
	it('reads rgb(), rgba() in both syntaxes, hex with alpha, hsl() and color(srgb …)', () => {
		expect(portableColor('rgba(217, 63, 63, 0.55)')).toEqual({ rgb: 'rgb(217, 63, 63)', alpha: 0.55 });
		expect(portableColor('rgb(0 0 0 / 40%)')).toEqual({ rgb: 'rgb(0, 0, 0)', alpha: 0.4 });
		expect(portableColor('#ECECFF')).toEqual({ rgb: 'rgb(236, 236, 255)', alpha: 1 });
		// 0x80 / 255 = 0.50196…
		expect(portableColor('#ff000080')).toEqual({ rgb: 'rgb(255, 0, 0)', alpha: 0.502 });
		// hsl(240, 100%, 50%) is pure blue; hsl(0, 0%, 20%) is #333.
		expect(portableColor('hsl(240, 100%, 50%)')).toEqual({ rgb: 'rgb(0, 0, 255)', alpha: 1 });
		expect(portableColor('hsla(0, 0%, 20%, 0.5)')).toEqual({ rgb: 'rgb(51, 51, 51)', alpha: 0.5 });
		// 0.6 × 255 = 153, 0.2 × 255 = 51.
		expect(portableColor('color(srgb 0.6 0.2 0.2)')).toEqual({ rgb: 'rgb(153, 51, 51)', alpha: 1 });
		expect(portableColor('color(srgb 0.6 0.2 0.2 / 0.5)')).toEqual({ rgb: 'rgb(153, 51, 51)', alpha: 0.5 });
	});

	it('leaves what is not a colour function alone', () => {
		expect(portableColor('none')).toBeUndefined();
		expect(portableColor('url(#gradient)')).toBeUndefined();
		expect(portableColor('#xyz')).toBeUndefined();
	});
});

describe('portableCss', () => {
	it('moves a colour\'s alpha into its opacity property and writes rgb()', () => {
		expect(portableCss('.a{stroke:rgba(217, 63, 63, 0.55);fill:hsl(0, 0%, 20%)}')).toBe('.a{stroke:rgb(217, 63, 63);stroke-opacity:0.55;fill:rgb(51, 51, 51)}');
		expect(portableCss('stroke: #ff000080; stroke-width: 2px')).toBe('stroke:rgb(255, 0, 0);stroke-opacity:0.502; stroke-width:2px');
	});

	it('drops filters, which hide what they are on where a renderer lacks them', () => {
		expect(portableCss('#m .actor{filter:drop-shadow(3px 5px 2px rgb(0 0 0 / 0.4));fill:#fff}')).toBe('#m .actor{fill:rgb(255, 255, 255)}');
	});

	it('keeps selectors, at-rules and strings as written', () => {
		const css = '@keyframes dash{to{stroke-dashoffset:0;}}#m a:hover, #m [id$="-arrowhead"] path{content:"a;b{c}"}';
		expect(portableCss(css)).toBe(css);
	});
});

describe('withoutProperties', () => {
	it('takes the named declarations out of a style attribute', () => {
		expect(withoutProperties('font-size:16px; stroke: red; fill:blue;', new Set(['stroke', 'fill']))).toBe('font-size:16px');
		expect(withoutProperties('', new Set(['stroke']))).toBe('');
	});
});
