/** IP addresses as text: dotted IPv4, and IPv6 in RFC 5952's canonical form (lowercase, longest zero run as `::`). */

/** `127.0.0.1` from four bytes. */
export function formatIpv4(bytes: Uint8Array): string {
	return `${bytes[0] ?? 0}.${bytes[1] ?? 0}.${bytes[2] ?? 0}.${bytes[3] ?? 0}`;
}

/** `::1`, `2001:db8::1` from sixteen bytes (RFC 5952 §4: the longest run of two or more zero groups, the first on a tie). */
export function formatIpv6(bytes: Uint8Array): string {
	const groups: number[] = [];
	for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
	let bestStart = -1;
	let bestLength = 1;
	for (let i = 0; i < 8; ) {
		if (groups[i] !== 0) {
			i++;
			continue;
		}
		let end = i;
		while (end < 8 && groups[end] === 0) end++;
		if (end - i > bestLength) {
			bestStart = i;
			bestLength = end - i;
		}
		i = end;
	}
	const hex = groups.map((g) => g.toString(16));
	if (bestStart < 0) return hex.join(':');
	return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
