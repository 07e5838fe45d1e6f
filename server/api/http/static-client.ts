// Serves the built client (dist/client) with index.html for unknown non-API paths, so the page's
// URL state (STYLE.md 15) survives a reload.
import path from 'node:path';
import express, { Router } from 'express';

export function staticClient(clientDir: string): Router {
  const router = Router();
  const root = path.resolve(clientDir);
  router.use(express.static(root, { index: 'index.html', maxAge: '1h', setHeaders: noCacheHtml }));
  router.get(/^\/(?!api(?:\/|$)).*/, (req, res, next) => {
    if (!req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(root, 'index.html'), (err) => {
      if (err) next();
    });
  });
  return router;
}

/** The page itself must revalidate (it names the hashed assets); the assets may be cached. */
function noCacheHtml(res: express.Response, filePath: string): void {
  if (filePath.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
