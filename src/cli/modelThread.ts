import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { LanguageModel, SentenceAnalysis } from '../core/language';

/**
 * The language model loaded on a thread of its own, started as soon as the CLI knows it will
 * lint a draft: loading the model (a 3.6 MB script, then its tables) is the largest single cost
 * of a first run, and on a machine with a second core it then overlaps the pack's loading, the
 * phrase tier and the coach instead of following them. The meaning tier reads sentences
 * synchronously, so each call blocks until the thread answers (`Atomics.wait` on a shared flag,
 * then `receiveMessageOnPort`); the first call waits for the model to finish loading.
 *
 * The thread never keeps the process alive, and a thread that fails, hangs or answers with an
 * error makes `analyse` throw, which the caller treats as a model that could not be loaded.
 */
export class ModelThread implements LanguageModel {
  readonly version: string;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private broken = false;

  constructor(modelFile: string, version: string) {
    this.version = version;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER, { eval: true, workerData: { file: modelFile, port: port2, flag: this.flag }, transferList: [port2], stdout: true, stderr: true });
    this.worker.unref();
    this.port.unref();
    // A thread that dies is seen as a missing answer (below); its error is not the process's.
    this.worker.on('error', () => (this.broken = true));
  }

  analyse(sentence: string): SentenceAnalysis {
    if (this.broken) throw new Error('the language model thread stopped');
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(sentence);
    // Loading takes a few hundred milliseconds on a loaded machine; give up long after that.
    if (Atomics.wait(this.flag, 0, 0, TIMEOUT_MS) === 'timed-out') return this.fail('the language model thread did not answer');
    const reply = receiveMessageOnPort(this.port)?.message as { analysis?: SentenceAnalysis; error?: string } | undefined;
    if (!reply?.analysis) return this.fail(reply?.error ?? 'the language model thread gave no answer');
    return reply.analysis;
  }

  /** Stops the thread (the process would not wait for it anyway). */
  close(): void {
    void this.worker.terminate();
  }

  private fail(message: string): never {
    this.broken = true;
    this.close();
    throw new Error(message);
  }
}

const TIMEOUT_MS = 60_000;

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
port.on('message', (sentence) => {
  let reply;
  try {
    reply = model ? { analysis: model.analyse(sentence) } : { error };
  } catch (err) {
    reply = { error: String(err && err.message || err) };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;
