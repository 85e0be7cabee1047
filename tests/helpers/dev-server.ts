import { spawn, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A port nothing listens on, asked of the operating system. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface DevServer {
  url: string;
  /** Everything the server printed so far, stdout and stderr together. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs `astro dev` (what `npm run dev` runs) on a content tree and waits, at most `timeoutMs`, until it answers. */
export async function startDevServer(contentDir: string, timeoutMs = 90_000): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/astro.js'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        FORCE_COLOR: undefined,
        NO_COLOR: '1',
        CONTENT_DIR: contentDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      // Its own process group, so stopping it ends Vite's children too.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((done) => child.once('exit', done));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
    const answered = await fetch(`${url}/`).then(
      () => true,
      () => false,
    );
    if (answered) return { url, output: () => stripVTControlCharacters(output), stop };
    await new Promise((done) => setTimeout(done, 500));
  }
  await stop();
  throw new Error(`astro dev did not answer within ${timeoutMs} ms:\n${output}`);
}
