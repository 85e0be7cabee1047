/**
 * What `npm run edit` starts, all on loopback: the dev server (the site's preview, re-validated
 * on every save), Decap CMS's own local backend (decap-server, which reads and writes the files
 * of the content tree and nothing outside it), and the editor's page, served from this machine
 * with the configuration generated from the content contract and the validator's verdict.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { build } from 'esbuild';
import { extname, join, relative, resolve } from 'node:path';
import { adminPage } from '../../src/lib/cms/admin-page.ts';
import { decapConfig } from '../../src/lib/cms/decap-config.ts';
import { saveOver } from '../../src/lib/cms/file-format.ts';
import { treeChoices } from '../../src/lib/cms/tree-choices.ts';
import { checkContentTree, reportPrefix } from '../../src/lib/content/check-tree.ts';
import { problemLine } from '../../src/lib/content/format.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DECAP_DIST = join(ROOT, 'node_modules/decap-cms/dist');
const HOST = '127.0.0.1';

export interface EditorOptions {
  contentDir: string;
  /** Ports; a free one is asked of the system for each left out. */
  adminPort?: number;
  backendPort?: number;
  devPort?: number;
  /** Printed output of the servers started, for a test to read. */
  log?: (line: string) => void;
}

export interface Editor {
  admin: string;
  preview: string;
  backend: string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function start(command: string[], env: NodeJS.ProcessEnv, log: (line: string) => void) {
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString()));
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((done) => child.once('exit', done));
  // Its own process group, so its children (Vite's, esbuild's) end with it.
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
  if (child.exitCode === null) signal('SIGKILL');
}

async function answers(url: string, init?: RequestInit): Promise<boolean> {
  return fetch(url, init).then(
    () => true,
    () => false,
  );
}

async function waitFor(url: string, child: ChildProcess, what: string, init?: RequestInit) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} stopped`);
    if (await answers(url, init)) return;
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** The validator's verdict on the tree as it is now, one `file: field — rule` line a problem. */
function verdict(contentDir: string): { ok: boolean; problems: string[]; warning?: string } {
  const outcome = checkContentTree(contentDir);
  const prefix = reportPrefix(contentDir);
  return {
    ok: outcome.ok,
    problems: outcome.ok
      ? []
      : (outcome.result?.problems.map((p) => problemLine(p, '')) ?? [outcome.message]),
    ...(outcome.warning ? { warning: outcome.warning.replaceAll(prefix, '') } : {}),
  };
}

/** A file a save writes: its path in the tree and its text. */
interface DataFile {
  path?: string;
  raw?: string;
}

/** The text of the tree's file at `path` (relative to the tree), if there is one inside it. */
function treeFile(contentDir: string, path: string | undefined): string | undefined {
  if (!path) return undefined;
  const file = resolve(contentDir, path);
  const inside = relative(contentDir, file);
  if (inside.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return readFileSync(file, 'utf8');
}

/**
 * Hands a request of the CMS to its local backend, leaving out the files of translations not
 * begun (written empty by the page's file format): the tree gets no file a person would not write.
 * A file that exists is edited in place (src/lib/cms/file-format.ts `saveOver`), so a save
 * changes only the lines of the values changed and keeps the file's quotes, comments and layout.
 */
async function forward(
  request: IncomingMessage,
  backend: string,
  contentDir: string,
): Promise<{ status: number; body: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const call = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    action?: string;
    params?: { entry?: DataFile; dataFiles?: DataFile[] };
  };
  const params = call.params;
  if (process.env['EDIT_DEBUG']) process.stderr.write(`${JSON.stringify(call).slice(0, 2000)}\n`);
  // One file comes as `entry`, the files of an entry in several languages as `dataFiles`.
  for (const file of call.action === 'persistEntry' ? (params?.dataFiles ?? [params?.entry]) : []) {
    const existing = treeFile(contentDir, file?.path);
    if (file?.path && file.raw && existing !== undefined)
      file.raw = saveOver(file.path, existing, file.raw);
  }
  if (call.action === 'persistEntry' && params?.dataFiles) {
    params.dataFiles = params.dataFiles.filter((file) => file.raw?.trim() !== '');
    if (params.dataFiles.length === 0)
      return { status: 200, body: '{"message":"entry persisted"}' };
  }
  const response = await fetch(backend, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(call),
  });
  return { status: response.status, body: await response.text() };
}

/** The page's own script (src/lib/cms/admin-entry.ts), bundled for the browser. */
async function adminScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/lib/cms/admin-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]?.text ?? '';
}

function adminServer(contentDir: string, backend: string, preview: string, script: string): Server {
  const page = adminPage({ preview });
  let origin = '';
  return createServer((request, response) => {
    origin = `http://${request.headers.host ?? HOST}`;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        // The page and Decap CMS come from here; only the local backend is talked to.
        'content-security-policy': `default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' blob: data:; frame-src 'self' blob:`,
      });
      response.end(body);
    };
    if (path === '/' || path === '/index.html') return send(200, TYPES['.html'] ?? '', page);
    if (path === '/admin.js') return send(200, TYPES['.js'] ?? '', script);
    if (path === '/api/v1' && request.method === 'POST') {
      void forward(request, backend, contentDir).then(
        ({ status, body }) => send(status, TYPES['.json'] ?? '', body),
        () => send(502, TYPES['.json'] ?? '', '{"error":"the CMS backend does not answer"}'),
      );
      return;
    }
    if (path === '/config.json')
      return send(
        200,
        TYPES['.json'] ?? '',
        // The page talks to its own origin, which hands the calls on to the local backend.
        JSON.stringify(decapConfig(treeChoices(contentDir), { local: `${origin}/api/v1` })),
      );
    if (path === '/problems.json')
      return send(200, TYPES['.json'] ?? '', JSON.stringify(verdict(contentDir)));
    // Decap CMS and the chunks it loads, from node_modules.
    const name = path.slice(1);
    const file = join(DECAP_DIST, name);
    if (/^[\w.-]+\.js$/.test(name) && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, {
        'content-type': TYPES['.js'] ?? '',
        'cache-control': 'max-age=3600',
      });
      createReadStream(file).pipe(response);
      return;
    }
    if (extname(name) === '.map') return send(404, 'text/plain', 'no source maps');
    return send(404, 'text/plain; charset=utf-8', 'Not found');
  });
}

/** Starts the three servers on loopback and resolves when all of them answer. */
export async function startEditor(options: EditorOptions): Promise<Editor> {
  const contentDir = resolve(options.contentDir);
  const log = options.log ?? ((line: string) => process.stdout.write(line));
  const [adminPort, backendPort, devPort] = await Promise.all([
    options.adminPort ?? freePort(),
    options.backendPort ?? freePort(),
    options.devPort ?? freePort(),
  ]);
  const backend = `http://${HOST}:${backendPort}/api/v1`;
  const preview = `http://${HOST}:${devPort}`;
  const admin = `http://${HOST}:${adminPort}`;
  const decap = start(
    [join(ROOT, 'node_modules/decap-server/dist/index.js')],
    {
      MODE: 'fs',
      GIT_REPO_DIRECTORY: contentDir,
      BIND_HOST: HOST,
      PORT: String(backendPort),
      ORIGIN: admin,
      LOG_LEVEL: 'warn',
    },
    log,
  );
  const dev = start(
    [join(ROOT, 'node_modules/astro/astro.js'), 'dev', '--host', HOST, '--port', String(devPort)],
    { CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    log,
  );
  const server = adminServer(contentDir, backend, preview, await adminScript());
  await new Promise<void>((done) => server.listen(adminPort, HOST, done));
  const stop = async () => {
    await Promise.all([stopChild(decap), stopChild(dev)]);
    await new Promise((done) => server.close(done));
  };
  try {
    await waitFor(backend, decap, 'the CMS backend', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    await waitFor(`${preview}/`, dev, 'the dev server');
  } catch (error) {
    await stop();
    throw error;
  }
  return { admin, preview, backend, stop };
}
