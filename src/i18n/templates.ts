import type { ProtocolTemplateId } from '../core';
import type { Language } from './language';

/** The words of the template chooser of *Insert protocol block*: each template's title and the chooser's prompt. */
export interface TemplateStrings {
	titles: Record<ProtocolTemplateId, string>;
	/** One line under each title: what the template shows. */
	lessons: Record<ProtocolTemplateId, string>;
	placeholder: string;
}

const EN: TemplateStrings = {
	titles: {
		'empty': 'Empty',
		'session-login': 'Session login (stateful)',
		'token-login': 'Token login (stateless)',
		'tcp-handshake': 'TCP handshake',
		'oauth-pkce': 'OAuth 2.0 authorization code with PKCE',
		'replicated-store': 'Replicated store with a restart',
	},
	lessons: {
		'empty': 'Two participants, a request and its reply.',
		'session-login': 'The server keeps the session: restart it and the next request fails.',
		'token-login': 'The client carries the token: no server restart breaks it.',
		'tcp-handshake': 'Connection states on both ends, from CLOSED and LISTEN.',
		'oauth-pkce': 'Restart the authorization server mid-flow and the token exchange fails.',
		'replicated-store': 'Restart the primary before it replicates and the write is lost.',
	},
	placeholder: 'Choose a protocol to start from',
};

const KO: TemplateStrings = {
	titles: {
		'empty': '빈 블록',
		'session-login': '세션 로그인 (상태 유지)',
		'token-login': '토큰 로그인 (무상태)',
		'tcp-handshake': 'TCP 핸드셰이크',
		'oauth-pkce': 'OAuth 2.0 인가 코드 + PKCE',
		'replicated-store': '재시작이 있는 복제 저장소',
	},
	lessons: {
		'empty': '참여자 둘, 요청 하나와 그 응답.',
		'session-login': '서버가 세션을 기억합니다: 재시작하면 다음 요청이 실패합니다.',
		'token-login': '클라이언트가 토큰을 들고 다닙니다: 서버를 재시작해도 깨지지 않습니다.',
		'tcp-handshake': 'CLOSED와 LISTEN에서 시작하는 양쪽의 연결 상태.',
		'oauth-pkce': '도중에 인가 서버를 재시작하면 토큰 교환이 실패합니다.',
		'replicated-store': '복제하기 전에 주 서버를 재시작하면 쓰기가 사라집니다.',
	},
	placeholder: '시작할 프로토콜을 고르세요',
};

const STRINGS: Record<Language, TemplateStrings> = { en: EN, ko: KO };

/** The template chooser's words in the given language. */
export function templateStrings(language: Language): TemplateStrings {
	return STRINGS[language];
}
