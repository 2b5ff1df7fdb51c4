// Records the pcap fixtures of tests/fixtures/captures/ from real software: tcpdump on the loopback
// interface only (`-i lo`, a port filter, a packet cap and a time limit) while Node opens a TCP connection
// to a tiny echo server on 127.0.0.1 (and on ::1 for the pcapng), sends a request, reads the answer and
// closes. Loopback carries no outside traffic; the addresses are 127.0.0.1 / ::1 and the data is ours.
// The pcapng is written from the IPv6 recording by editcap (Wireshark's tool) when it is installed.
// Usage: node scripts/capture/record-tcp.mjs   (needs tcpdump and the right to capture: root or CAP_NET_RAW)
import { spawn, execFileSync } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { rm } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'captures');
const PORT = 8090;

await record('127.0.0.1', join(out, 'tcp-loopback.pcap'));
const v6 = join(out, 'tcp-loopback-ipv6.tmp.pcap');
await record('::1', v6);
try {
	execFileSync('editcap', ['-F', 'pcapng', v6, join(out, 'tcp-loopback-ipv6.pcapng')]);
	process.stdout.write('wrote tcp-loopback-ipv6.pcapng\n');
} finally {
	await rm(v6, { force: true });
}

/** Captures one connection's life (handshake, a request, its answer, close) on `host` into `file`. */
async function record(host, file) {
	const server = createServer((socket) => {
		socket.on('data', (data) => socket.end(`echo ${data.toString('utf8')}`));
	});
	await new Promise((resolve) => server.listen(PORT, host, resolve));
	// Bounded: at most 64 packets, and stopped after 10 s whatever happens.
	const dump = spawn('tcpdump', ['-i', 'lo', '--immediate-mode', '-U', '-n', '-c', '64', '-Z', 'root', '-w', file, `tcp port ${PORT}`], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000, killSignal: 'SIGINT' });
	await new Promise((resolve, reject) => {
		dump.stderr.on('data', (chunk) => { if (String(chunk).includes('listening on')) resolve(); });
		dump.on('exit', (code) => reject(new Error(`tcpdump stopped before capturing (exit ${code})`)));
	});
	// "listening on" comes as the socket opens; the kernel starts handing it packets a moment later.
	await delay(1000);
	await new Promise((resolve, reject) => {
		const socket = connect(PORT, host, () => socket.write('GET /hello'));
		socket.on('data', () => undefined);
		socket.on('end', () => socket.end());
		socket.on('close', resolve);
		socket.on('error', reject);
	});
	// Let the last ACK reach the capture before stopping it.
	await delay(500);
	const stopped = new Promise((resolve) => dump.on('exit', resolve));
	dump.kill('SIGINT');
	await stopped;
	await new Promise((resolve) => server.close(resolve));
	process.stdout.write(`wrote ${file}\n`);
}
