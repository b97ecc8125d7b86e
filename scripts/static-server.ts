// The built site served on 127.0.0.1 (a random free port) by sirv, as a static host would
// serve it: the browser tests, the reader's PDF printing and the benchmark use it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export function serve(root: string): Promise<StaticServer> {
  const files = sirv(root, { dev: true, etag: false, dotfiles: false });
  const server = createServer((req, res) =>
    files(req, res, async () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
    }),
  );
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
