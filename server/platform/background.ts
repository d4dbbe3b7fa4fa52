/**
 * Work a request starts but does not wait for, such as the password reset e-mail (issue #10), whose answer must not
 * take longer for an address with an account. The server waits for it when it closes, and so can tests
 * (`backgroundSettled`) before they look at what it stored.
 */
const running = new Set<Promise<void>>();

/** Runs `work` after the answer has gone; a failure goes to `onError`. */
export function inBackground(work: () => Promise<void>, onError: (error: unknown) => void): void {
  // Started on a later turn of the event loop, once the answer is on its way (an in-process database would
  // otherwise run the work before the answer leaves).
  const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(work)
    .catch(onError)
    .finally(() => running.delete(task));
  running.add(task);
}

/** Resolves once all background work started so far has finished. */
export async function backgroundSettled(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}
