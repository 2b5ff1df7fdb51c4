/**
 * The bodies of the protocol templates (everything after the `@title` line), one per template. Message texts
 * are protocol vocabulary (SYN, POST /token), the same in every language; only the title is worded by i18n.
 * Each is a valid Mermaid sequence diagram on 10.9, 11.4 and 12, parses with no warning, and its fault map
 * shows the lesson its comments name (tests/core/templates).
 */

/** A skeleton to start from: two participants, a request and its reply. */
export const EMPTY_BODY: readonly string[] = [
	'sequenceDiagram',
	'    participant Client',
	'    participant Server',
	'    Client->>Server: Request',
	'    Server-->>Client: Response',
];

/** The server remembers the login: a restart of the server after it forgets the session and the next request fails. */
export const SESSION_LOGIN_BODY: readonly string[] = [
	'%% @kind stateful',
	'sequenceDiagram',
	'    participant Client',
	'    participant Server',
	'    %% @durable Server: user table',
	'    Client->>Server: POST /login (id, password)',
	'    %% @needs Server: user table',
	'    %% @state Server += session',
	'    Server-->>Client: 200 OK (Set-Cookie: session id)',
	'    %% @state Client += cookie',
	'    Client->>Server: GET /profile (cookie)',
	'    %% @needs Client: cookie',
	'    %% @needs Server: session',
	'    Server-->>Client: 200 OK (profile)',
	'    %% @on-failure 401 Unauthorized',
];

/** The client carries a signed token; the server keeps only its durable key, so no restart of the server breaks it. */
export const TOKEN_LOGIN_BODY: readonly string[] = [
	'%% @kind stateless',
	'sequenceDiagram',
	'    participant Client',
	'    participant Server',
	'    %% @durable Server: user table, signing key',
	'    Client->>Server: POST /login (id, password)',
	'    %% @needs Server: user table, signing key',
	'    Server-->>Client: 200 OK (signed token)',
	'    %% @state Client += token',
	'    Client->>Server: GET /profile (Authorization: Bearer token)',
	'    %% @needs Client: token',
	'    %% @needs Server: signing key',
	'    Server-->>Client: 200 OK (profile)',
	'    %% @on-failure 401 Unauthorized',
];

/**
 * Both ends keep the connection's state (a `state` item whose value changes). A restart of the server after the
 * handshake forgets the connection: the data that follows fails.
 */
export const TCP_HANDSHAKE_BODY: readonly string[] = [
	'%% @kind stateful',
	'sequenceDiagram',
	'    participant C as Client',
	'    participant S as Server',
	'    %% @state C += state = CLOSED',
	'    %% @state S += state = LISTEN',
	'    C->>S: SYN (seq = x)',
	'    %% @state C += state = SYN_SENT',
	'    %% @state S += state = SYN_RCVD',
	'    S-->>C: SYN-ACK (seq = y, ack = x + 1)',
	'    %% @needs S: state = SYN_RCVD',
	'    %% @state C += state = ESTABLISHED',
	'    C->>S: ACK (ack = y + 1)',
	'    %% @needs C: state = ESTABLISHED',
	'    %% @state S += state = ESTABLISHED',
	'    C->>S: data (seq = x + 1)',
	'    %% @needs C: state = ESTABLISHED',
	'    %% @needs S: state = ESTABLISHED',
	'    S-->>C: ACK (ack = x + 2)',
	'    %% @on-failure RST',
];

/**
 * The authorization server keeps the code and the PKCE challenge between the redirect and the token request; the
 * resource server checks the token with a durable key. A restart of the authorization server mid-flow breaks the
 * exchange; a restart of the resource server breaks nothing.
 */
export const OAUTH_PKCE_BODY: readonly string[] = [
	'%% @kind stateful',
	'sequenceDiagram',
	'    actor User',
	'    participant App as Client app',
	'    participant AS as Authorization server',
	'    participant API as Resource server',
	'    %% @durable AS: client registration',
	'    %% @durable API: token key',
	'    User->>App: Sign in',
	'    App->>App: Make code_verifier and code_challenge',
	'    %% @state App += code_verifier',
	'    App->>AS: GET /authorize (code_challenge, S256)',
	'    %% @needs AS: client registration',
	'    %% @state AS += code_challenge',
	'    AS->>User: Log in and consent?',
	'    User->>AS: Consent',
	'    %% @state AS += code',
	'    AS-->>App: Redirect with code',
	'    %% @state App += code',
	'    App->>AS: POST /token (code, code_verifier)',
	'    %% @needs App: code, code_verifier',
	'    %% @needs AS: code, code_challenge',
	'    %% @state AS -= code',
	'    AS-->>App: access_token',
	'    %% @on-failure invalid_grant',
	'    %% @state App += access_token',
	'    App->>API: GET /photos (Bearer access_token)',
	'    %% @needs App: access_token',
	'    %% @needs API: token key',
	'    API-->>App: 200 OK (photos)',
	'    %% @on-failure 401 Unauthorized',
];

/**
 * A write is copied to a replica before the primary answers; the primary then restarts (a scripted fault) and the
 * client reads from the replica. A restart of the primary before it replicates loses the write; after, nothing.
 */
export const REPLICATED_STORE_BODY: readonly string[] = [
	'%% @kind stateful',
	'sequenceDiagram',
	'    participant C as Client',
	'    participant P as Primary',
	'    participant R as Replica',
	'    C->>P: PUT x = 1',
	'    %% @state P += x = 1',
	'    P->>R: Replicate x = 1',
	'    %% @needs P: x',
	'    %% @state R += x = 1',
	'    R-->>P: Ack',
	'    P-->>C: OK',
	'    %% @restart P',
	'    Note over P,R: The primary restarts, the replica serves reads',
	'    C->>R: GET x',
	'    %% @needs R: x',
	'    R-->>C: x = 1',
	'    %% @on-failure Not found',
];
