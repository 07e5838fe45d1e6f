// The HTTP server every process binds the app with. Node refuses request heads over 16 KB with a
// bare 431; a larger head limit lets the app's own URL guard answer a long query with its 414 JSON.
import http, { type RequestListener, type Server } from 'node:http';

/** Request head size Node accepts; the URL guard's limit (2,048 by default) stays far below it. */
export const MAX_HEADER_BYTES = 64 * 1024;

export const createHttpServer = (app: RequestListener): Server =>
  http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
