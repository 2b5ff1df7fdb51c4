import { fencedBlock } from '../text/fence-block';
import { EMPTY_BODY, OAUTH_PKCE_BODY, REPLICATED_STORE_BODY, SESSION_LOGIN_BODY, TCP_HANDSHAKE_BODY, TOKEN_LOGIN_BODY } from './bodies';

/** The templates *Insert protocol block* offers, in the order it offers them. */
export const PROTOCOL_TEMPLATE_IDS = ['empty', 'session-login', 'token-login', 'tcp-handshake', 'oauth-pkce', 'replicated-store'] as const;

/** One template's id. */
export type ProtocolTemplateId = (typeof PROTOCOL_TEMPLATE_IDS)[number];

/** A template: its id, its title (worded by the caller) and the whole fenced `protocol` block. */
export interface ProtocolTemplate {
	id: ProtocolTemplateId;
	title: string;
	/** The fenced block, ready to insert (no trailing newline). */
	text: string;
}

const BODIES: Record<ProtocolTemplateId, readonly string[]> = {
	'empty': EMPTY_BODY,
	'session-login': SESSION_LOGIN_BODY,
	'token-login': TOKEN_LOGIN_BODY,
	'tcp-handshake': TCP_HANDSHAKE_BODY,
	'oauth-pkce': OAUTH_PKCE_BODY,
	'replicated-store': REPLICATED_STORE_BODY,
};

/**
 * Every template, titled by `titles` (the core has no words: `src/i18n/templates.ts` gives them in the user's
 * language). The title is also the block's `%% @title`, so the inserted block is headed in that language.
 */
export function protocolTemplates(titles: Readonly<Record<ProtocolTemplateId, string>>): ProtocolTemplate[] {
	return PROTOCOL_TEMPLATE_IDS.map((id) => {
		const title = oneLine(titles[id]);
		return { id, title, text: fencedBlock('protocol', [`%% @title ${title}`, ...BODIES[id]].join('\n')) };
	});
}

/** A title is one line of a directive: line breaks would end the comment and break the diagram. */
function oneLine(text: string): string {
	return text.replace(/[\r\n]+/g, ' ').trim();
}
