/**
 * The note text of a chain of `messages` messages among `participants` (issue 24's "2,000 × 5"): each message hands
 * the next participant a token its own next message needs, so a restart of any participant holding it breaks the
 * rest of the round.
 */
export function tokenChainNote(participants: number, messages: number): string {
	const lines = ['sequenceDiagram'];
	for (let p = 0; p < participants; p++) lines.push(`participant P${p}`);
	lines.push('%% @state P0 += token');
	for (let i = 0; i < messages; i++) {
		const from = `P${i % participants}`;
		lines.push(`${from}->>P${(i + 1) % participants}: pass ${i}`, `%% @needs ${from}: token`, `%% @state P${(i + 1) % participants} += token`);
	}
	return lines.join('\n');
}
