import { brokenSteps } from '../core';
import type { FaultMap } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { el } from './dom';
import { DATA } from './dom-contract';
import type { PlayerModel } from './player-model';

/**
 * The verdict's lines (ADR 0005, "Fault map"): where the path already fails without any fault, the worst
 * single restart of a participant that does not open the exchange (the latest gap among equals: the last
 * moment it still hurts; the rule of the computed "survives" row, ADR 0009), and what restarting the opener does,
 * as the paragraphs of the map's verdict.
 */
export function verdictLines(doc: Document, model: PlayerModel, map: FaultMap, strings: PlayerStrings): HTMLElement[] {
	const lines: HTMLElement[] = [];
	const first = map.baseline[0];
	if (first !== undefined) {
		const reason = first.failure === undefined ? undefined : strings.failure(first.failure, model.label(first.failure.participant));
		lines.push(el(doc, 'p', { [DATA.line]: 'baseline' }, [strings.verdictBaseline(first.position + 1, reason)]));
	}
	const opener = model.path.map((index) => model.protocol.steps[index]).find((step) => step?.kind === 'message')?.from;
	const worst = worstRestart(map, (participant) => participant !== opener);
	lines.push(el(doc, 'p', { [DATA.line]: 'worst' }, [worst === undefined
		? strings.verdictNone(opener === undefined ? undefined : model.label(opener))
		: strings.verdict(model.label(worst.participant), worst.after, map.positions, worst.count)]));
	if (opener !== undefined) {
		const own = worstRestart(map, (participant) => participant === opener);
		// The walk of that one restart, only as far as the opener's first failure.
		let lost: string | undefined;
		for (const broken of own === undefined ? [] : brokenSteps(map, own)) {
			lost = broken.failure?.participant === opener ? broken.failure.item : undefined;
			if (lost !== undefined) break;
		}
		lines.push(el(doc, 'p', { [DATA.line]: 'opener' }, [strings.verdictOpener(model.label(opener), lost, own?.count ?? 0)]));
	}
	return lines;
}

/** The restart that breaks most among the participants kept (the latest gap among equals), or undefined when none breaks. */
function worstRestart(map: FaultMap, keep: (participant: string) => boolean): FaultMap['restarts'][number] | undefined {
	let worst: FaultMap['restarts'][number] | undefined;
	for (const entry of map.restarts) {
		if (entry.count === 0 || !keep(entry.participant)) continue;
		const more = worst === undefined || entry.count > worst.count;
		if (more || (entry.count === worst?.count && entry.after >= worst.after)) worst = entry;
	}
	return worst;
}
