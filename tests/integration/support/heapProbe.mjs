// Preloaded into a child server (node --expose-gc --import this file, with an IPC channel): when the test sends
// 'heap', it collects all garbage and answers with the bytes still reachable — the JavaScript heap and the memory
// outside it that JavaScript objects hold (Buffers, Uint8Arrays). Test-only: the server itself knows nothing of it.
// Only the main thread is measured: the embedded database's worker thread (which inherits this preload, and
// skips it) has a heap of its own. Plain JavaScript: node preloads it before tsx's loader applies.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const gc = globalThis.gc;
  if (typeof gc !== 'function' || !process.send) {
    throw new Error('heapProbe needs node --expose-gc and an IPC channel');
  }
  process.on('message', (message) => {
    if (message !== 'heap') return;
    // Twice: the first collection may only queue finalizers (weak references, FinalizationRegistry) that free more.
    gc();
    gc();
    const { heapUsed, external } = process.memoryUsage();
    process.send({ live: heapUsed + external, heapUsed, external });
  });
  // The channel does not keep the server alive: it stops on SIGTERM as it would without the probe.
  process.channel?.unref();
}
