import type { Box } from '../model';
import { displayText } from './message-text';

/** CSS colour names, so that `box Aqua Group` reads `Aqua` as the colour as a browser would. */
const COLOR_NAMES: ReadonlySet<string> = new Set(('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
	'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
	'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue ' +
	'darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite ' +
	'forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory ' +
	'khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen ' +
	'lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
	'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
	'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
	'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
	'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
	'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke ' +
	'yellow yellowgreen transparent').split(' '));

/** Reads `box [colour] [label]` the way Mermaid does: a leading CSS colour (name or `rgb()/hsl()`), then the label. */
export function parseBoxData(text: string): Box {
	const split = splitColor(text);
	const color = (split?.[0] ?? '').trim();
	const isColor = /^(?:rgba?|hsla?)\s*\(/i.test(color) || COLOR_NAMES.has(color.toLowerCase());
	const label = displayText(isColor ? (split?.[1] ?? '') : text);
	const box: Box = { label, participants: [] };
	if (isColor) box.color = color;
	return box;
}

/**
 * Mermaid's `^((?:rgba?|hsla?)\s*\(.*\)|\w*)(.*)$` as a scanner (the pattern backtracks over every `)`):
 * `rgb(…)` up to the last `)`, else the leading word; undefined when a line terminator stops `.`.
 */
function splitColor(text: string): [color: string, rest: string] | undefined {
	if (/[\n\r\u2028\u2029]/.test(text)) return undefined;
	const functional = /^(?:rgba?|hsla?)\s*\(/.exec(text);
	if (functional) {
		const close = text.lastIndexOf(')');
		if (close >= functional[0].length) return [text.slice(0, close + 1), text.slice(close + 1)];
	}
	let end = 0;
	while (end < text.length && /\w/.test(text[end] ?? '')) end++;
	return [text.slice(0, end), text.slice(end)];
}
