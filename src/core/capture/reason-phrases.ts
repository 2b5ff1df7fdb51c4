/** The reason phrases of RFC 9110 for the status codes a capture usually holds (HTTP/2 and 3 send none). */
const PHRASES: Readonly<Record<number, string>> = {
	100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content',
	206: 'Partial Content', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
	307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
	404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 410: 'Gone', 415: 'Unsupported Media Type',
	422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway',
	503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** The reason phrase of `status`, or '' when it is not a common one. */
export function reasonPhrase(status: number): string {
	return PHRASES[status] ?? '';
}
