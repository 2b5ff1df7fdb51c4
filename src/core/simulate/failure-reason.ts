import type { Failure, Protocol } from '../model';

/** The name a reason uses for a participant: its label as the diagram shows it (`Server B` for `B`), else its id. */
export function participantName(protocol: Protocol, id: string): string {
	return protocol.participants.find((participant) => participant.id === id)?.label ?? id;
}

/**
 * The English reason for a failure, e.g. "Server no longer holds session: restarted after step 3".
 * Step numbers are 1-based path positions, as the player's counter shows them; `Failure.cause.atPosition`
 * is the 0-based path position, like every other path position in the model and the player.
 * The player words the same failure in the user's language from the `Failure` data.
 */
export function failureReason(protocol: Protocol, failure: Failure): string {
	return describeFailure(failure, participantName(protocol, failure.participant));
}

/** The English reason for a failure, naming the participant as `who` (the player's English strings use it too). */
export function describeFailure(failure: Failure, who: string): string {
	const cause = failure.cause;
	switch (cause.kind) {
		case 'restart':
			return `${who} no longer holds ${failure.item}: restarted after step ${cause.atPosition + 1}`;
		case 'removed':
			return `${who} no longer holds ${failure.item}: removed after step ${cause.atPosition + 1}`;
		case 'never':
			return `${who} does not hold ${failure.item}`;
	}
}
