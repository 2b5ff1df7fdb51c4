import type { Protocol } from '../model';

/** The name to show for a participant: its label as the diagram shows it (`Server B` for `B`), else its id. */
export function participantName(protocol: Protocol, id: string): string {
	return protocol.participants.find((participant) => participant.id === id)?.label ?? id;
}
