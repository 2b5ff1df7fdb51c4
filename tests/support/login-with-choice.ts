/**
 * A login with a choice, for tests of what the reader chose: step indices 0 Login Request, 1 Welcome (alt
 * Success), 2 Denied (else Failure), 3 GET /profile (needs the session), 4 Profile; block 0 is the alt.
 */
export const LOGIN_WITH_CHOICE = `sequenceDiagram
    participant Client
    participant Server
    Client->>Server: Login Request
    %% @state Server += session
    alt Success
        Server-->>Client: Welcome
    else Failure
        Server-->>Client: Denied
    end
    Client->>Server: GET /profile
    %% @needs Server: session
    Server-->>Client: Profile`;
