// Security headers (docs/api.md, "Safety"): a strict CSP with no inline script, nosniff,
// frame-ancestors 'none', through helmet; HSTS only on requests that came over https.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** One year, the value browsers' preload lists ask for. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * HSTS over plain http is meaningless (browsers ignore it) and pins nothing, but it misleads a
 * reader of the headers; it is sent when the request is secure, which behind a reverse proxy
 * needs `trustProxy` so that Express reads X-Forwarded-Proto.
 */
export const hstsWhenSecure = (): RequestHandler => (req, res, next) => {
  if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
  next();
};

export const securityHeaders = () =>
  helmet({
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Cytoscape sets element styles from script; style attributes need no inline <style> blocks.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
