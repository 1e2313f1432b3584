import type { MessagePort, Worker } from 'node:worker_threads';
import type { LanguageModel, SentenceAnalysis } from '../core/language';

/**
 * The language model loaded on a thread of its own, started as soon as the CLI knows it will
 * lint a draft: loading the model (a 3.6 MB script, then its tables) is the largest single cost
 * of a first run, and on a machine with a second core it then overlaps the pack's loading, the
 * phrase tier and the coach instead of following them. The meaning tier reads sentences
 * synchronously, so each call blocks until the thread answers (`Atomics.wait` on a shared flag,
 * then `receiveMessageOnPort`); the first call waits for the model to finish loading.
 *
 * The thread never keeps the process alive. A model that fails to load there, or a thread that
 * dies or hangs, makes this and every later `analyse` throw (a model that could not be loaded); a
 * sentence the model throws on throws for that sentence only, as the model does in this thread.
 */
export class ModelThread implements LanguageModel {
  readonly version: string;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private dead = false;

  /** Whether the thread failed (no model, died, or did not answer): every `analyse` throws. */
  get broken(): boolean {
    return this.dead;
  }

  constructor(modelFile: string, version: string) {
    this.version = version;
    const { MessageChannel, Worker } = threads();
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER, { eval: true, workerData: { file: modelFile, port: port2, flag: this.flag }, transferList: [port2], stdout: true, stderr: true });
    this.worker.unref();
    this.port.unref();
    // A thread that dies is seen as a missing answer (below); its error is not the process's.
    this.worker.on('error', () => (this.dead = true));
  }

  analyse(sentence: string): SentenceAnalysis {
    if (this.dead) throw new Error('the language model thread stopped');
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(sentence);
    // Loading takes a few hundred milliseconds on a loaded machine; give up long after that.
    if (Atomics.wait(this.flag, 0, 0, TIMEOUT_MS) === 'timed-out') return this.fail('the language model thread did not answer');
    const reply = threads().receiveMessageOnPort(this.port)?.message as { analysis?: SentenceAnalysis; error?: string; loadError?: string } | undefined;
    if (reply?.analysis) return reply.analysis;
    // A sentence the model cannot read is that sentence's problem, as it is in this thread.
    if (reply?.error !== undefined) throw new Error(reply.error);
    return this.fail(reply?.loadError ?? 'the language model thread gave no answer');
  }

  /** Stops the thread (the process would not wait for it anyway). */
  close(): void {
    void this.worker.terminate();
  }

  private fail(message: string): never {
    this.dead = true;
    this.close();
    throw new Error(message);
  }
}

const TIMEOUT_MS = 60_000;

/** `worker_threads`, loaded with the first thread: most runs start none. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = (): typeof import('node:worker_threads') => require('node:worker_threads') as typeof import('node:worker_threads');

/** Sentences the thread reads after loading the model, while it waits for the first request (see WORKER). */
const WARM_UP = [
  'I want to be home by five every day, and evenings are sacred to me.',
  "We shipped the ranking model to production last year and cut latency by 40%.",
  "I don't need a manager to break the work into tickets for me.",
  'In my last role, the team reviewed every change before each release.',
  'Honestly, I would rather keep doing research than deploy models myself.',
  "My notes say \"never mention work-life balance\" in the interview.",
  'The loss curve stayed stable after warm-up, so we balanced the dataset.',
  'Unlike my last job, I am looking for growth, not security.',
];

/** The thread's code (plain JavaScript: it runs as given, with `require`). */
const WORKER = `
const { workerData } = require('node:worker_threads');
const { file, port, flag } = workerData;
let model, error;
try {
  model = require(file).createLanguageModel();
} catch (err) {
  error = String(err && err.message || err);
}
// While the other thread is still busy (loading the engine, the pack, the phrase tier and the
// coach), the model reads a few sentences of its own, one per turn of the event loop so that a
// request waits for one at most: its first real sentences then run as compiled code, not cold
// (a model's readings do not depend on what it read before).
const warmUp = ${JSON.stringify(WARM_UP)};
let warmed = 0;
const warm = () => {
  if (!model || warmed >= warmUp.length) return;
  try { model.analyse(warmUp[warmed++]); } catch {}
  setImmediate(warm);
};
setImmediate(warm);
port.on('message', (sentence) => {
  let reply;
  try {
    reply = model ? { analysis: model.analyse(sentence) } : { loadError: error };
  } catch (err) {
    reply = { error: String(err && err.message || err) };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;
