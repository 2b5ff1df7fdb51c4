/** One state item a directive names: `key` alone holds `true`, `key = value` holds the value. */
export interface StateItem {
	key: string;
	value: string | true;
}
