import type { Language } from './language';

/** The words the standalone script adds on a web page: its Export menu (issue 20). */
export interface StandaloneStrings {
	/** Menu items, one per format the page can download. */
	stepImagesSvg: string;
	animatedSvg: string;
	stepImagesPng: string;
	slides: string;
	htmlFile: string;
	/** Every format above in one zip file. */
	everything: string;
	/** Shown while an export runs. */
	exporting: string;
	/** Said after a download started: "Downloaded Login.zip". */
	downloaded(name: string): string;
	/** The menu's close button. */
	close: string;
}

const EN: StandaloneStrings = {
	stepImagesSvg: 'Step images (SVG, .zip)',
	animatedSvg: 'Animated SVG',
	stepImagesPng: 'Step images (PNG, .zip)',
	slides: 'Slides (Marp, .zip)',
	htmlFile: 'One HTML file (offline)',
	everything: 'Everything (.zip)',
	exporting: 'Exporting…',
	downloaded: (name) => `Downloaded ${name}`,
	close: 'Close',
};

const KO: StandaloneStrings = {
	stepImagesSvg: '단계별 이미지 (SVG, .zip)',
	animatedSvg: '움직이는 SVG',
	stepImagesPng: '단계별 이미지 (PNG, .zip)',
	slides: '슬라이드 (Marp, .zip)',
	htmlFile: 'HTML 파일 하나 (오프라인)',
	everything: '모두 (.zip)',
	exporting: '내보내는 중…',
	downloaded: (name) => `${name} 내려받음`,
	close: '닫기',
};

/** The standalone script's words in the page's language. */
export function standaloneStrings(language: Language): StandaloneStrings {
	return language === 'ko' ? KO : EN;
}
