import type { CaptureError, CaptureNotice, HiddenValue } from '../core';
import type { Language } from './language';

/** Every word *New protocol note from capture…* shows: the picker, the modal, the notices and the errors. */
export interface CaptureStrings {
	command: string;
	pick: { placeholder: string; paste: string; none: string; instructions: { navigate: string; choose: string } };
	modal: {
		title: string;
		pasteLabel: string;
		pastePlaceholder: string;
		convert: string;
		mergeHosts: string;
		includeStatic: string;
		includePreflights: string;
		includeBeacons: string;
		foldAcks: string;
		reading(percent: number): string;
		cancel: string;
		cancelled: string;
		preview: string;
		create: string;
		close: string;
	};
	/** A notice about what was left out or changed. */
	notice(notice: CaptureNotice): string;
	/** The line listing what was hidden: `sid#1 (cookie sid)`, …; also written into the note above the block. */
	hidden(values: readonly HiddenValue[]): string;
	/** Why nothing was written. */
	error(error: CaptureError): string;
	/** The line above the block in the new note. */
	intro(source: string | undefined): string;
	/** After the note was written. */
	written(path: string): string;
	/** Reading the file failed (the system's message follows). */
	readFailed: string;
}

const KIND_EN: Record<HiddenValue['kind'], string> = { cookie: 'cookie', token: 'token', authorization: 'Authorization', query: 'query parameter', password: 'password', body: 'body field' };
const KIND_KO: Record<HiddenValue['kind'], string> = { cookie: '쿠키', token: '토큰', authorization: 'Authorization', query: '쿼리 매개변수', password: '비밀번호', body: '본문 필드' };

function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toFixed(1);
}

const en: CaptureStrings = {
	command: 'New protocol note from capture…',
	pick: {
		placeholder: 'Pick a .har, .pcap or .pcapng file, or paste HAR JSON',
		paste: 'Paste HAR JSON…',
		none: 'No .har, .pcap or .pcapng file in this vault',
		instructions: { navigate: 'to navigate', choose: 'to convert' },
	},
	modal: {
		title: 'New protocol note from capture',
		pasteLabel: 'HAR JSON',
		pastePlaceholder: 'Paste the HAR your browser saved (Network panel → Save all as HAR)',
		convert: 'Convert',
		mergeHosts: 'One participant for all hosts',
		includeStatic: 'Include stylesheets, scripts and images',
		includePreflights: 'Include CORS preflights',
		includeBeacons: 'Include beacons',
		foldAcks: 'Fold ACKs that change no state',
		reading: (percent) => `Reading the capture… ${percent}%`,
		cancel: 'Cancel',
		cancelled: 'Stopped. Nothing was written.',
		preview: 'Preview',
		create: 'Create note',
		close: 'Close',
	},
	notice(notice) {
		switch (notice.kind) {
			case 'left-out': {
				const what = { static: 'stylesheets, scripts and images', preflight: 'CORS preflights', beacon: 'beacons', 'non-tcp': 'packets that are not TCP', unreadable: 'entries that could not be read', fragment: 'IP fragments' }[notice.what];
				return `Left out ${what}: ${notice.count}.`;
			}
			case 'limit': return `Only the first ${notice.shown} of ${notice.total} are drawn.`;
			case 'folded-acks': return `ACKs that changed no state, folded: ${notice.count}.`;
			case 'mid-connection': return `Connections that began before the capture, taken as established: ${notice.count}.`;
		}
	},
	hidden: (values) => values.length === 0 ? 'Nothing needed hiding.' : `Hidden (values never written): ${values.map((v) => `${v.label} (${KIND_EN[v.kind]} ${v.name})`).join(', ')}.`,
	error(error) {
		switch (error.kind) {
			case 'too-large': return `The capture is ${megabytes(error.bytes)} MB; at most ${megabytes(error.limit)} MB can be converted. Save a shorter capture.`;
			case 'not-json': return `This is not JSON (the problem is at character ${error.offset + 1}). A HAR is a JSON file.`;
			case 'not-har': return 'This JSON is not a HAR: it has no log.entries.';
			case 'no-entries': return 'The HAR has no request to draw.';
			case 'not-pcap': return 'This is not a pcap or pcapng capture.';
			case 'truncated': return `The capture ends in the middle of a packet (at byte ${error.offset}): it is cut short.`;
			case 'link-type': return `Packets of link type ${error.linkType} cannot be read (Ethernet, loopback, Linux cooked and raw IP can).`;
			case 'no-tcp': return 'The capture holds no TCP segment.';
		}
	},
	intro: (source) => (source === undefined ? 'Converted from a pasted HAR.' : `Converted from [[${source}]].`),
	written: (path) => `Created ${path}`,
	readFailed: 'Could not read the file:',
};

const ko: CaptureStrings = {
	command: '캡처로 새 프로토콜 노트 만들기…',
	pick: {
		placeholder: '.har, .pcap, .pcapng 파일을 고르거나 HAR JSON을 붙여 넣으세요',
		paste: 'HAR JSON 붙여 넣기…',
		none: '이 보관함에 .har, .pcap, .pcapng 파일이 없습니다',
		instructions: { navigate: '이동', choose: '변환' },
	},
	modal: {
		title: '캡처로 새 프로토콜 노트 만들기',
		pasteLabel: 'HAR JSON',
		pastePlaceholder: '브라우저가 저장한 HAR을 붙여 넣으세요 (네트워크 패널 → 모두 HAR로 저장)',
		convert: '변환',
		mergeHosts: '모든 호스트를 참여자 하나로',
		includeStatic: '스타일시트, 스크립트, 이미지 포함',
		includePreflights: 'CORS 사전 요청 포함',
		includeBeacons: '비콘 포함',
		foldAcks: '상태를 바꾸지 않는 ACK 접기',
		reading: (percent) => `캡처를 읽는 중… ${percent}%`,
		cancel: '취소',
		cancelled: '중단했습니다. 아무것도 쓰지 않았습니다.',
		preview: '미리 보기',
		create: '노트 만들기',
		close: '닫기',
	},
	notice(notice) {
		switch (notice.kind) {
			case 'left-out': {
				const what = { static: '스타일시트·스크립트·이미지', preflight: 'CORS 사전 요청', beacon: '비콘', 'non-tcp': 'TCP가 아닌 패킷', unreadable: '읽을 수 없는 항목', fragment: 'IP 조각' }[notice.what];
				return `${what} ${notice.count}개를 뺐습니다.`;
			}
			case 'limit': return `${notice.total}개 중 처음 ${notice.shown}개만 그렸습니다.`;
			case 'folded-acks': return `상태를 바꾸지 않은 ACK ${notice.count}개를 접었습니다.`;
			case 'mid-connection': return `연결 ${notice.count}개는 캡처 전에 시작되어 ESTABLISHED로 보았습니다.`;
		}
	},
	hidden: (values) => values.length === 0 ? '숨길 값이 없었습니다.' : `숨긴 값 (노트에 쓰지 않음): ${values.map((v) => `${v.label} (${KIND_KO[v.kind]} ${v.name})`).join(', ')}.`,
	error(error) {
		switch (error.kind) {
			case 'too-large': return `캡처가 ${megabytes(error.bytes)} MB입니다. ${megabytes(error.limit)} MB까지만 변환할 수 있습니다. 더 짧게 캡처해 주세요.`;
			case 'not-json': return `JSON이 아닙니다 (${error.offset + 1}번째 글자). HAR은 JSON 파일입니다.`;
			case 'not-har': return '이 JSON은 HAR이 아닙니다: log.entries가 없습니다.';
			case 'no-entries': return 'HAR에 그릴 요청이 없습니다.';
			case 'not-pcap': return 'pcap 또는 pcapng 캡처가 아닙니다.';
			case 'truncated': return `캡처가 패킷 중간(${error.offset}바이트)에서 끝납니다: 잘린 파일입니다.`;
			case 'link-type': return `링크 유형 ${error.linkType}의 패킷은 읽을 수 없습니다 (이더넷, 루프백, 리눅스 cooked, raw IP는 읽습니다).`;
			case 'no-tcp': return '캡처에 TCP 세그먼트가 없습니다.';
		}
	},
	intro: (source) => (source === undefined ? '붙여 넣은 HAR에서 변환했습니다.' : `[[${source}]]에서 변환했습니다.`),
	written: (path) => `${path}을(를) 만들었습니다`,
	readFailed: '파일을 읽지 못했습니다:',
};

/** The capture command's words in `language`. */
export function captureStrings(language: Language): CaptureStrings {
	return language === 'ko' ? ko : en;
}
