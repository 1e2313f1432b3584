import * as assert from 'node:assert/strict';
import { resolveObjectURL } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { Worker as NodeWorker } from 'node:worker_threads';
import type { Uri } from 'vscode';
import { startWebLanguageWorker } from '../../../src/extension/platform/webLanguageWorker';

// The files `npm run build` makes: one model for every host, and its two workers.
const MODEL = resolve('dist', 'language-model.js');
const NODE_WORKER = resolve('dist', 'language-worker.js');
const WEB_WORKER = resolve('dist', 'web', 'language-worker.js');
const BATCH = { id: 7, sentences: ['Evenings and weekends are sacred to me.', "I don't want to lose my evenings to on-call."] };

/** Runs `script` as a Web Worker would (a classic script; no require, module or process) and sends it `message`. */
function runAsWebWorker(script: string, message: unknown): unknown[] {
  const posted: unknown[] = [];
  const scope: Record<string, unknown> = { postMessage: (m: unknown) => posted.push(m), onmessage: null, atob, btoa, TextDecoder, TextEncoder, console };
  scope['self'] = scope['globalThis'] = scope;
  createContext(scope);
  runInContext(script, scope);
  (scope['onmessage'] as ((e: { data: unknown }) => void) | null)?.({ data: message });
  // Plain data out of the other realm, so deepEqual compares values, not prototypes.
  return JSON.parse(JSON.stringify(posted)) as unknown[];
}

describe('the language model’s workers', function () {
  this.timeout(30_000);

  it('the Web Worker (model then worker, one script) answers a batch exactly as the desktop’s worker thread does', async () => {
    const web = runAsWebWorker(`${readFileSync(MODEL, 'utf8')}\n;\n${readFileSync(WEB_WORKER, 'utf8')}`, BATCH);
    const worker = new NodeWorker(NODE_WORKER);
    try {
      const desktop = await new Promise<unknown>((done, fail) => {
        worker.once('message', done);
        worker.once('error', fail);
        worker.postMessage(BATCH);
      });
      assert.equal(web.length, 1);
      assert.deepEqual(web[0], desktop);
      const answer = desktop as { id: number; analyses: [number, number, string, string][][] };
      assert.equal(answer.id, 7);
      assert.equal(answer.analyses.length, 2);
      assert.ok(answer.analyses[0]!.some(([, , lemma, pos]) => lemma === 'weekend' && pos === 'NOUN'), JSON.stringify(answer.analyses[0]));
    } finally {
      await worker.terminate();
    }
  });

  it('the Web Worker says so once when the model’s script did not run before it', () => {
    const posted = runAsWebWorker(readFileSync(WEB_WORKER, 'utf8'), BATCH);
    assert.equal(posted.length, 1);
    assert.match((posted[0] as { error: string }).error, /InterviewCoachLanguageModel/);
  });
});

/** A `vscode.Uri` as far as startWebLanguageWorker uses it. */
function fakeUri(path: string): Uri {
  const uri = { path, with: ({ path: p }: { path: string }) => fakeUri(p), toString: () => `vscode-remote://host${path}` };
  return uri as unknown as Uri;
}

class FakeWorker {
  static started: FakeWorker[] = [];
  readonly posted: unknown[] = [];
  terminated = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  constructor(readonly url: string) {
    FakeWorker.started.push(this);
  }
  postMessage(m: unknown): void {
    this.posted.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('starting the Web Worker from the web extension host', () => {
  const g = globalThis as Record<string, unknown>;
  let saved: { fetch: unknown; Worker: unknown };
  let fetched: string[];
  let status: number;
  beforeEach(() => {
    saved = { fetch: g['fetch'], Worker: g['Worker'] };
    fetched = [];
    status = 200;
    FakeWorker.started = [];
    g['Worker'] = FakeWorker;
    g['fetch'] = async (url: string) => {
      fetched.push(url);
      return new Response(`/* ${url.split('/').slice(-2).join('/')} */`, { status });
    };
  });
  afterEach(() => {
    g['fetch'] = saved.fetch;
    g['Worker'] = saved.Worker;
  });
  const settle = () => new Promise((done) => setTimeout(done, 20));

  it('fetches the model and the worker through the host’s fetch, runs them as one script, and delivers what was posted before it started', async () => {
    const worker = startWebLanguageWorker(fakeUri('/ext/dist'));
    assert.equal(worker.kind, 'web worker');
    const answers: unknown[] = [];
    worker.onMessage((m) => answers.push(m));
    worker.post({ id: 1 });
    worker.post({ id: 2 });
    await settle();
    assert.deepEqual(fetched.sort(), ['vscode-remote://host/ext/dist/language-model.js', 'vscode-remote://host/ext/dist/web/language-worker.js']);
    assert.equal(FakeWorker.started.length, 1);
    const started = FakeWorker.started[0]!;
    assert.match(started.url, /^blob:/);
    const script = await resolveObjectURL(started.url)!.text();
    assert.ok(script.indexOf('dist/language-model.js') < script.indexOf('web/language-worker.js'), script);
    assert.deepEqual(started.posted, [{ id: 1 }, { id: 2 }]);
    worker.post({ id: 3 });
    assert.deepEqual(started.posted, [{ id: 1 }, { id: 2 }, { id: 3 }]);
    started.onmessage!({ data: { id: 1, analyses: [] } });
    assert.deepEqual(answers, [{ id: 1, analyses: [] }]);
    // The script's Blob URL is released once the worker has run it.
    assert.equal(resolveObjectURL(started.url), undefined);
    worker.terminate();
    assert.ok(started.terminated);
  });

  it('reports a script the workbench does not serve through onError, and starts nothing', async () => {
    status = 404;
    const worker = startWebLanguageWorker(fakeUri('/ext/dist/'));
    const errors: Error[] = [];
    worker.onError((e) => errors.push(e));
    await settle();
    assert.equal(FakeWorker.started.length, 0);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /\/ext\/dist\/(language-model|web\/language-worker)\.js answered HTTP 404/);
  });

  it('starts nothing when terminated before its scripts arrive', async () => {
    const worker = startWebLanguageWorker(fakeUri('/ext/dist'));
    worker.terminate();
    await settle();
    assert.equal(FakeWorker.started.length, 0);
  });

  it('reports a host without Web Workers through onError', async () => {
    g['Worker'] = undefined;
    const worker = startWebLanguageWorker(fakeUri('/ext/dist'));
    const errors: Error[] = [];
    worker.onError((e) => errors.push(e));
    await settle();
    assert.match(errors[0]?.message ?? '', /no Web Worker/);
  });
});
