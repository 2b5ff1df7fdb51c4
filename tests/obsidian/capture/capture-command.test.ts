// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { protocolFromHar, protocolFromPcap } from '../../../src/core/capture/conversions';
import { registerCapture } from '../../../src/obsidian/capture/register-capture';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { Notice } from '../../fakes/obsidian/notice';
import { FuzzySuggestModal } from '../../fakes/obsidian/suggest-modal';
import { fixtureBytes, fixtureText } from '../../core/capture/fixtures';
import { countingPlayer } from '../support/counting-player';
import { testPlugin, withHost } from '../support/context';

beforeAll(() => installObsidianDom(window));

afterEach(() => {
	document.body.replaceChildren();
	Notice.reset();
});

const COOKIE_HAR = fixtureText('cookie-login.har');
const TOKEN_HAR = fixtureText('token-login.har');
const PCAP = fixtureBytes('tcp-loopback.pcap');

async function setup(language: 'en' | 'ko' = 'en') {
	const test = testPlugin(language);
	await test.app.vault.create('captures/cookie-login.har', COOKIE_HAR);
	await test.app.vault.create('Notes.md', '# Notes');
	await test.app.vault.createBinary('captures/tcp.pcap', PCAP.slice().buffer);
	const player = countingPlayer();
	registerCapture(withHost(test.ctx, player, test.memory));
	return { ...test, player };
}

/** Runs the command and returns the picker it opens. */
function runCommand(plugin: ReturnType<typeof testPlugin>['plugin']): FuzzySuggestModal<unknown> {
	const command = plugin.commands.find((c) => c.id === 'new-note-from-capture');
	command?.callback?.();
	const picker = FuzzySuggestModal.lastOpened;
	if (!picker) throw new Error('no picker opened');
	return picker;
}

function modalEl(): HTMLElement {
	const el = document.querySelector<HTMLElement>('.protocol-capture-modal');
	if (!el) throw new Error('no capture modal');
	return el;
}

function button(text: string): HTMLButtonElement {
	const found = [...modalEl().querySelectorAll('button')].find((b) => b.textContent === text);
	if (!found) throw new Error(`no button ${text}`);
	return found;
}

/** Waits for the sliced conversion to finish: the Create button is enabled, or an error is shown. */
async function converted(): Promise<void> {
	await vi.waitFor(() => {
		const ready = !button('Create note').disabled || modalEl().querySelector('.protocol-capture-error') !== null;
		if (!ready) throw new Error('still converting');
	});
}

const texts = (selector: string): string[] => [...modalEl().querySelectorAll(selector)].map((el) => el.textContent ?? '');

describe('New protocol note from capture…', () => {
	it('is one command without a hotkey, named in the app\'s language', async () => {
		const { plugin } = await setup();
		expect(plugin.commands.map((c) => [c.id, c.name, c.hotkeys])).toEqual([['new-note-from-capture', 'New protocol note from capture…', undefined]]);
		const korean = await setup('ko');
		expect(korean.plugin.commands[0]?.name).toBe('캡처로 새 프로토콜 노트 만들기…');
	});

	it('offers pasting HAR first, then the vault\'s capture files and nothing else', async () => {
		const { plugin } = await setup();
		expect(runCommand(plugin).suggestions()).toEqual(['Paste HAR JSON…', 'captures/cookie-login.har', 'captures/tcp.pcap']);
	});

	it('previews a HAR file\'s diagram and says what it left out and hid', async () => {
		const { plugin, player } = await setup();
		runCommand(plugin).choose('captures/cookie-login.har');
		await converted();
		expect(texts('.protocol-capture-notice')).toEqual(['Left out stylesheets, scripts and images: 2.', 'Left out beacons: 1.']);
		expect(texts('.protocol-capture-hidden')).toEqual(['Hidden (values never written): password#1 (password password), sid#1 (cookie sid), theme#1 (cookie theme).']);
		await vi.waitFor(() => expect(player.mounts).toHaveLength(1));
		expect(player.mounts[0]?.options.source).toBe((protocolFromHar(COOKIE_HAR) as { text: string }).text);
	});

	it('writes the note beside the capture, linking it in the properties, and opens it', async () => {
		const { plugin, app } = await setup();
		runCommand(plugin).choose('captures/cookie-login.har');
		await converted();
		button('Create note').click();
		await vi.waitFor(() => expect(app.workspace.opened).toEqual(['captures/cookie-login.md']));
		const note = app.vault.contentOf('captures/cookie-login.md') ?? '';
		expect(note.startsWith('---\nsource: "[[captures/cookie-login.har]]"\n---\n')).toBe(true);
		expect(note).toContain('Converted from [[captures/cookie-login.har]].');
		expect(note).toContain('sid\\#1 (cookie sid)');
		expect(note).toContain(`\`\`\`protocol\n${(protocolFromHar(COOKIE_HAR) as { text: string }).text}\n\`\`\``);
		expect(note).not.toContain(/sid=([0-9a-f]{32})/.exec(COOKIE_HAR)?.[1]);
		expect(Notice.shown).toEqual(['Created captures/cookie-login.md']);
		expect(document.querySelector('.protocol-capture-modal')).toBeNull();
	});

	it('never replaces a note: a taken name gets a number', async () => {
		const { plugin, app } = await setup();
		await app.vault.create('captures/cookie-login.md', 'mine');
		runCommand(plugin).choose('captures/cookie-login.har');
		await converted();
		button('Create note').click();
		await vi.waitFor(() => expect(app.vault.contentOf('captures/cookie-login 1.md')).not.toBeNull());
		expect(app.vault.contentOf('captures/cookie-login.md')).toBe('mine');
	});

	it('converts a pcap again when ACKs are folded, drawing one preview at a time', async () => {
		const { plugin, player } = await setup();
		runCommand(plugin).choose('captures/tcp.pcap');
		await converted();
		await vi.waitFor(() => expect(player.mounts).toHaveLength(1));
		expect(player.mounts[0]?.options.source).toBe((protocolFromPcap(PCAP) as { text: string }).text);
		modalEl().querySelector<HTMLElement>('.checkbox-container')?.click();
		await vi.waitFor(() => expect(player.mounts).toHaveLength(2));
		expect(player.mounts[1]?.options.source).toBe((protocolFromPcap(PCAP, { foldAcks: true }) as { text: string }).text);
		expect(texts('.protocol-capture-notice')).toEqual(['ACKs that changed no state, folded: 2.']);
		expect(player.live()).toBe(1);
		button('Close').click();
		expect(player.live()).toBe(0);
	});

	it('says why a cut capture cannot be converted, and writes nothing', async () => {
		const { plugin, app, player } = await setup();
		await app.vault.createBinary('cut.pcap', PCAP.slice(0, PCAP.length - 7).buffer);
		const writes = app.vault.writes;
		runCommand(plugin).choose('cut.pcap');
		await converted();
		expect(texts('.protocol-capture-error')[0]).toMatch(/^The capture ends in the middle of a packet \(at byte \d+\): it is cut short\.$/);
		expect(button('Create note').disabled).toBe(true);
		button('Create note').click();
		expect(app.vault.writes).toBe(writes);
		expect(player.mounts).toHaveLength(0);
	});

	it('refuses a file over the size limit before reading it', async () => {
		const { plugin, app } = await setup();
		const file = await app.vault.create('huge.har', '{}');
		file.stat = { ...file.stat, size: 50 * 1024 * 1024 };
		const read = vi.spyOn(app.vault, 'read');
		runCommand(plugin).choose('huge.har');
		await converted();
		expect(texts('.protocol-capture-error')).toEqual(['The capture is 50.0 MB; at most 32.0 MB can be converted. Save a shorter capture.']);
		expect(read).not.toHaveBeenCalled();
	});

	it('converts pasted HAR JSON into a note in the vault\'s root without a source', async () => {
		const { plugin, app } = await setup('ko');
		runCommand(plugin).choose('HAR JSON 붙여 넣기…');
		const area = modalEl().querySelector('textarea');
		if (!area) throw new Error('no text area');
		area.value = TOKEN_HAR;
		area.dispatchEvent(new Event('input'));
		button('변환').click();
		await vi.waitFor(() => expect(button('노트 만들기').disabled).toBe(false));
		button('노트 만들기').click();
		await vi.waitFor(() => expect(app.vault.contentOf('127.0.0.1 8082.md')).not.toBeNull());
		const note = app.vault.contentOf('127.0.0.1 8082.md') ?? '';
		expect(note.startsWith('붙여 넣은 HAR에서 변환했습니다.\n')).toBe(true);
		expect(note).toContain('%% @kind stateless');
	});

	it('says pasted text that is not JSON is not, in Korean', async () => {
		const { plugin } = await setup('ko');
		runCommand(plugin).choose('HAR JSON 붙여 넣기…');
		const area = modalEl().querySelector('textarea');
		if (!area) throw new Error('no text area');
		area.value = 'hello';
		area.dispatchEvent(new Event('input'));
		button('변환').click();
		await vi.waitFor(() => expect(texts('.protocol-capture-error')).toEqual(['JSON이 아닙니다 (1번째 글자). HAR은 JSON 파일입니다.']));
	});

	it('stops a conversion on Cancel and writes nothing', async () => {
		const { plugin, app } = await setup();
		const entries = (JSON.parse(COOKIE_HAR) as { log: { entries: unknown[] } }).log.entries;
		const big = JSON.stringify({ log: { entries: Array.from({ length: 3000 }, (_, i) => entries[i % entries.length]) } });
		await app.vault.create('big.har', big);
		const writes = app.vault.writes;
		runCommand(plugin).choose('big.har');
		await vi.waitFor(() => expect(modalEl().querySelector('.protocol-capture-cancel')).not.toBeNull());
		modalEl().querySelector<HTMLButtonElement>('.protocol-capture-cancel')?.click();
		await vi.waitFor(() => expect(texts('.protocol-capture-error')).toEqual(['Stopped. Nothing was written.']));
		expect(app.vault.writes).toBe(writes);
	});
});
