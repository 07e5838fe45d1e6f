// Binds an HTTP server, turning "port taken" into a one-line error that says what to do.
import type { Server } from 'node:http';
import type { RequestListener } from 'node:http';
import { createHttpServer } from '../api/http/create-http-server';
import { InvalidInputError } from '../../core/errors';

export function listen(app: RequestListener, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createHttpServer(app);
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') {
        reject(
          new InvalidInputError(
            `start: port ${port} on ${host} is taken; stop what uses it or set PORT to another port`,
          ),
        );
      } else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') {
        reject(
          new InvalidInputError(
            `start: cannot bind HOST=${host}; use an address of this machine such as 127.0.0.1`,
          ),
        );
      } else reject(e);
    });
    server.listen(port, host, () => resolve(server));
  });
}
