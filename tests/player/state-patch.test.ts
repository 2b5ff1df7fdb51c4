// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../src/core/parse/parse-protocol';
import { playerStrings } from '../../src/i18n/player';
import { PlayerModel } from '../../src/player/player-model';
import { StateCards } from '../../src/player/state-cards';
import { lowestGrowthRatio } from '../support/growth-ratio';

/** A protocol whose steps add, change and remove items of two participants, with a scripted restart. */
const BUSY = [
	'sequenceDiagram',
	'    participant C as Client',
	'    participant S as Server',
	'    C->>S: one',
	'    %% @state S += a = 1, b = 2, 10 = ten',
	'    S-->>C: two',
	'    %% @state C += token = t, 2 = two',
	'    C->>S: three',
	'    %% @state S += a = 9, c = 3',
	'    %% @state S -= b',
	'    S-->>C: four',
	'    %% @state S += b = 5, 1 = one',
	'    %% @state C -= token',
	'    C->>S: five',
	'    %% @restart S',
	'    S-->>C: six',
	'    %% @state S += d = 4',
	'    %% @state C += token = u',
].join('\n');

function modelOf(source: string): PlayerModel {
	const parsed = parseProtocol(source);
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
	return new PlayerModel(parsed.protocol);
}

/** What the cards show: per card, each row's item, text and mark, in order, and the note. */
function shown(cards: StateCards): string[][] {
	return [...cards.section.querySelectorAll('.protocol-state-card')].map((card) => [
		...[...card.querySelectorAll('.protocol-state-item')].map((row) => `${row.getAttribute('data-item')}|${row.textContent}|${row.getAttribute('data-change') ?? ''}`),
		`note: ${card.querySelector('.protocol-state-note')?.textContent ?? ''}`,
	]);
}

/** Cards drawn for the model as it stands, as after a branch or fault change, that follow its every change from then on. */
function cardsFollowing(model: PlayerModel): StateCards {
	const cards = new StateCards(document, playerStrings('en'));
	cards.update(model, { kind: 'path', from: model.position });
	model.subscribe((change) => cards.update(model, change));
	return cards;
}

/** Cards filled from scratch at `position`, as after a branch or fault change. */
function freshAt(source: string, position: number): string[][] {
	const model = modelOf(source);
	model.goTo(position);
	const cards = new StateCards(document, playerStrings('en'));
	cards.update(model, { kind: 'path', from: model.position });
	return shown(cards);
}

describe('StateCards stepping', () => {
	it('shows after any walk of steps and jumps exactly what cards filled from scratch show', () => {
		const last = modelOf(BUSY).path.length - 1;
		fc.assert(fc.property(fc.array(fc.integer({ min: -1, max: last }), { minLength: 1, maxLength: 12 }), (walk) => {
			const model = modelOf(BUSY);
			const cards = cardsFollowing(model);
			for (const position of walk) {
				model.goTo(position);
				expect(shown(cards)).toEqual(freshAt(BUSY, position));
			}
		}), { numRuns: 60 });
	});

	it('keeps the rows a step did not touch: the same elements', () => {
		const model = modelOf(BUSY);
		const cards = cardsFollowing(model);
		// Steps 3 and 4 write the server's a, b, c, 1 and the client's token: the client's 2 stays.
		model.goTo(2);
		const two = cards.section.querySelector('[data-participant="C"] [data-item="2"]');
		model.goTo(3);
		expect(cards.section.querySelector('[data-participant="C"] [data-item="2"]')).toBe(two);
	});

	it('costs a step the same however much a participant holds: 4n items take about as long as n', () => {
		/** A server holding `n` items from the first step, then forty steps that each change one of them. */
		const make = (n: number) => {
			const lines = ['sequenceDiagram', 'participant C', 'participant S', 'C->>S: fill', `%% @state S += ${Array.from({ length: n }, (_, i) => `k${i} = ${i}`).join(', ')}`];
			for (let i = 0; i < 40; i++) lines.push(`C->>S: step ${i}`, `%% @state S += k${i} = new${i}`);
			const model = modelOf(lines.join('\n'));
			for (let p = 0; p < model.frames.length; p++) model.stateAt(p);
			model.goTo(1);
			// The cards follow the model's every step from here.
			cardsFollowing(model);
			return model;
		};
		const walk = (model: PlayerModel): void => {
			// Between steps 1 and 40: leaving step 0 (which adds every item) changes every row's mark, rightly.
			for (let p = 2; p <= 40; p++) model.goTo(p);
			for (let p = 39; p >= 1; p--) model.goTo(p);
		};
		// Filling every row at every step grew 4× with 4n items; patching what the step touched stays about 1×.
		expect(lowestGrowthRatio(make, walk, 250, 2.5)).toBeLessThan(2.5);
	});
});
