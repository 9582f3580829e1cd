/**
 * The projects module's request and answer schemas (shared by the server and the web).
 */
export {};
