import type { ResolvedFault } from '../../core';
import type { Verdict } from '../../core';
import { participantName } from '../../core';
import type { CompareStrings } from '../../i18n/compare';
import type { PlayerSnapshot } from '../api';

/** What a side's verdict shows: its words and the `data-fails` value (path position or `none`). */
export interface VerdictShown {
	text: string;
	fails: string;
	/** `fails`, `survives`, `clean` (no fault applied) or `not-applicable`: the class that colours it. */
	tone: 'fails' | 'survives' | 'clean' | 'not-applicable';
}

/** Words a verdict: "fails at step 5: Server no longer holds session", "survives", or why the fault does not apply. */
export function verdictShown(snapshot: PlayerSnapshot, verdict: Verdict, applied: ResolvedFault | null, strings: CompareStrings, names: { participant: string; moment: string }): VerdictShown {
	if (applied !== null && !applied.ok) {
		const name = applied.missing === 'participant' ? names.participant : names.moment;
		return { text: strings.notApplicable(applied.missing, name), fails: 'none', tone: 'not-applicable' };
	}
	if (verdict.fails === 'none') return applied === null ? { text: strings.noFault, fails: 'none', tone: 'clean' } : { text: strings.survives, fails: 'none', tone: 'survives' };
	const reason = verdict.failure !== undefined
		? strings.reason(verdict.failure, participantName(snapshot.protocol, verdict.failure.participant))
		: strings.noAnswer((verdict.consequenceOf ?? 0) + 1, snapshot.frames[verdict.consequenceOf ?? -1]?.outcome === 'dropped');
	return { text: strings.fails(verdict.fails + 1, reason), fails: String(verdict.fails), tone: 'fails' };
}
