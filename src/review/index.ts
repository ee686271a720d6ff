// The review server and page: `newsanno review` (serveReview) or embedded (startReviewServer).
export { startReviewServer, TOKEN_HEADER, type ReviewServer, type ReviewServerOptions } from './server.js';
export { serveReview, type ServeReviewOptions } from './run.js';
export { checkListenHost, isLoopbackHost } from './hosts.js';
export { ROUTES } from './api.js';
export { CONTENT_SECURITY_POLICY, MAX_BODY_BYTES } from './http.js';
