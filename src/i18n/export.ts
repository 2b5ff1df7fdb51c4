import type { SlideWords } from '../core';
import type { Language } from './language';

/** Every word of exporting a walk-through (issue 12): the images, the slide note, the menu, the modal, the notices. */
export interface ExportStrings {
	/** The menu button in the player's controls, and the menu's title. */
	exportMenu: string;
	exportImagesAndSlides: string;
	exportAnimated: string;
	copyStepImage: string;
	/** The panel's heading in an exported image. */
	stateHeading: string;
	branchesHeading: string;
	/** "alt: Success" — a block's chosen branch, in words. */
	chosenBranch(kind: string, label: string): string;
	/** The slide note's words. */
	slides: SlideWords;
	/** The modal. */
	modalTitle: string;
	whatName: string;
	whatImagesAndSlides: string;
	whatAnimated: string;
	whatBoth: string;
	intervalName: string;
	intervalDesc: string;
	exportButton: string;
	cancel: string;
	/** Notices. */
	progress(done: number, total: number): string;
	cancelled: string;
	/** Cancelled after the step images and slide note were written. */
	cancelledRest: string;
	/** "Wrote 9 images and the slide note to attachments/: " followed by a link to the slide note. */
	wrote(images: number, folder: string): string;
	wroteAnimated(path: string): string;
	/** The vault's top folder, where attachments go by default. */
	vaultRoot: string;
	openSlides: string;
	failed(message: string): string;
	copied: string;
	copyFailed(message: string): string;
	noBlock: string;
	noPlayer: string;
	/** The file name used when the block has no `@title`. */
	fallbackName: string;
	/** The slide note's and the animated image's name endings. */
	slidesSuffix: string;
	animatedSuffix: string;
	/** A failure after some files were written: the error, then what was written (issue 19). */
	failedAfter(message: string, written: readonly string[]): string;
	/** Asked before a long export (issue 19). */
	largeTitle: string;
	largeBody(steps: number, files: number, megabytes: number): string;
	largeAnimated: string;
	largeHtml: string;
	largeAll: string;
	/** The menu item, the modal's choice and the notice of the one-file HTML export (issue 19). */
	exportHtml: string;
	whatHtml: string;
	wroteHtml(path: string): string;
}

/** At most this many written paths are named in a failure notice; the rest are counted. */
const LISTED = 5;

/** The written paths a notice names: the first few, then how many more. */
function listed(paths: readonly string[], more: (count: number) => string): string {
	const named = paths.slice(0, LISTED).join(', ');
	return paths.length > LISTED ? `${named} ${more(paths.length - LISTED)}` : named;
}

const slidesEn: SlideWords = {
	participant: 'Participant',
	item: 'Item',
	value: 'Value',
	added: 'added',
	changed: 'changed',
	removed: 'removed',
	nothing: 'Holds nothing',
	titleLine: (steps, link) => `The Start position and ${steps} ${steps === 1 ? 'step' : 'steps'}, exported from ${link}`,
	titleLineAlone: (steps) => `The Start position and ${steps} ${steps === 1 ? 'step' : 'steps'}`,
	moreChoices: (count) => `… and ${count} more (in the speaker notes)`,
};

const slidesKo: SlideWords = {
	participant: '참여자',
	item: '항목',
	value: '값',
	added: '추가됨',
	changed: '변경됨',
	removed: '삭제됨',
	nothing: '가진 상태 없음',
	titleLine: (steps, link) => `${link}에서 내보낸 시작 위치와 ${steps}단계`,
	titleLineAlone: (steps) => `시작 위치와 ${steps}단계`,
	moreChoices: (count) => `… 외 ${count}개 (발표자 노트에 있음)`,
};

const EN: ExportStrings = {
	exportMenu: 'Export',
	exportImagesAndSlides: 'Export step images and slide note',
	exportAnimated: 'Export animated SVG',
	copyStepImage: 'Copy step as image',
	stateHeading: 'State',
	branchesHeading: 'Branches and faults',
	chosenBranch: (kind, label) => `${kind}: ${label}`,
	slides: slidesEn,
	modalTitle: 'Export protocol steps',
	whatName: 'What to export',
	whatImagesAndSlides: 'One image per step and a slide note',
	whatAnimated: 'One animated SVG',
	whatBoth: 'Both',
	intervalName: 'Time per step in the animation',
	intervalDesc: 'Seconds each step shows before the next one.',
	exportButton: 'Export',
	cancel: 'Cancel',
	progress: (done, total) => `Exporting protocol steps: ${done} of ${total}`,
	cancelled: 'Export cancelled; nothing was written.',
	cancelledRest: 'Export cancelled; the animated SVG was not written.',
	wrote: (images, folder) => `Wrote ${images} step images (SVG and PNG) and a slide note to ${folder}.`,
	wroteAnimated: (path) => `Wrote the animated SVG to ${path}.`,
	openSlides: 'Open the slide note',
	vaultRoot: 'the vault\'s top folder',
	failed: (message) => `Export failed: ${message}`,
	copied: 'Copied the step as an image.',
	copyFailed: (message) => `Could not copy the step as an image: ${message}`,
	noBlock: 'Put the cursor in a protocol block (or a Mermaid sequence diagram) to export it.',
	noPlayer: 'This block could not be drawn, so there is nothing to export.',
	fallbackName: 'Protocol',
	slidesSuffix: 'slides',
	animatedSuffix: 'animated',
	failedAfter: (message, written) => `Export failed: ${message}. Written before it failed: ${listed(written, (count) => `and ${count} more`)}.`,
	largeTitle: 'A long export',
	largeBody: (steps, files, megabytes) => `This walk-through has ${steps} steps: one image per step writes ${files} files, about ${megabytes} MB. The animated SVG or one HTML file holds every step in a single file.`,
	largeAnimated: 'Export the animated SVG instead',
	largeHtml: 'Export one HTML file instead',
	largeAll: 'Export every image anyway',
	exportHtml: 'Export as one HTML file',
	whatHtml: 'One HTML file with the player (works offline)',
	wroteHtml: (path) => `Wrote the HTML file to ${path}.`,
};

const KO: ExportStrings = {
	exportMenu: '내보내기',
	exportImagesAndSlides: '단계별 이미지와 슬라이드 노트 내보내기',
	exportAnimated: '움직이는 SVG 내보내기',
	copyStepImage: '이 단계를 이미지로 복사',
	stateHeading: '상태',
	branchesHeading: '분기와 장애',
	chosenBranch: (kind, label) => `${kind}: ${label}`,
	slides: slidesKo,
	modalTitle: '프로토콜 단계 내보내기',
	whatName: '내보낼 것',
	whatImagesAndSlides: '단계마다 이미지 하나와 슬라이드 노트',
	whatAnimated: '움직이는 SVG 하나',
	whatBoth: '둘 다',
	intervalName: '애니메이션의 단계당 시간',
	intervalDesc: '다음 단계로 넘어가기 전에 한 단계를 보여 줄 시간(초)입니다.',
	exportButton: '내보내기',
	cancel: '취소',
	progress: (done, total) => `프로토콜 단계 내보내는 중: ${total}개 중 ${done}개`,
	cancelled: '내보내기를 취소했습니다. 아무 파일도 쓰지 않았습니다.',
	cancelledRest: '내보내기를 취소했습니다. 움직이는 SVG는 쓰지 않았습니다.',
	wrote: (images, folder) => `단계 이미지 ${images}개(SVG와 PNG)와 슬라이드 노트를 ${folder}에 썼습니다.`,
	wroteAnimated: (path) => `움직이는 SVG를 ${path}에 썼습니다.`,
	openSlides: '슬라이드 노트 열기',
	vaultRoot: '보관함 최상위 폴더',
	failed: (message) => `내보내기 실패: ${message}`,
	copied: '이 단계를 이미지로 복사했습니다.',
	copyFailed: (message) => `이 단계를 이미지로 복사하지 못했습니다: ${message}`,
	noBlock: '내보낼 프로토콜 블록(또는 Mermaid 시퀀스 다이어그램) 안에 커서를 두세요.',
	noPlayer: '이 블록을 그릴 수 없어 내보낼 것이 없습니다.',
	fallbackName: '프로토콜',
	slidesSuffix: '슬라이드',
	animatedSuffix: '애니메이션',
	failedAfter: (message, written) => `내보내기 실패: ${message}. 실패하기 전에 쓴 파일: ${listed(written, (count) => `외 ${count}개`)}.`,
	largeTitle: '긴 내보내기',
	largeBody: (steps, files, megabytes) => `이 진행 과정은 ${steps}단계입니다. 단계마다 이미지를 쓰면 파일 ${files}개, 약 ${megabytes}MB가 됩니다. 움직이는 SVG나 HTML 파일 하나에 모든 단계를 담을 수 있습니다.`,
	largeAnimated: '대신 움직이는 SVG 내보내기',
	largeHtml: '대신 HTML 파일 하나로 내보내기',
	largeAll: '그래도 이미지를 모두 내보내기',
	exportHtml: 'HTML 파일 하나로 내보내기',
	whatHtml: '플레이어가 든 HTML 파일 하나 (오프라인에서도 동작)',
	wroteHtml: (path) => `HTML 파일을 ${path}에 썼습니다.`,
};

/** The export's words in the given language. */
export function exportStrings(language: Language): ExportStrings {
	return language === 'ko' ? KO : EN;
}
