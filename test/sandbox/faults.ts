// Faults queued by tests: each matches requests by method and path and fires `times` times.
import type { Fault, FaultKind } from './types.ts';

const KINDS: readonly FaultKind[] = ['hold', 'delay', 'status', 'rateLimit', 'drop', 'dropAfterAccept', 'malformed', 'truncated'];

interface QueuedFault {
  fault: Fault;
  remaining: number;
}

export class FaultQueue {
  #queue: QueuedFault[] = [];

  add(fault: Fault): void {
    this.#queue.push({ fault: checkFault(fault), remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.#queue = [];
  }

  get size(): number {
    return this.#queue.length;
  }

  /** The first queued fault matching the request, used up by one. */
  take(method: string, path: string): Fault | null {
    const index = this.#queue.findIndex(({ fault }) => matches(fault, method, path));
    if (index < 0) return null;
    const queued = this.#queue[index]!;
    if (--queued.remaining <= 0) this.#queue.splice(index, 1);
    return queued.fault;
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (!fault.path) return true;
  return fault.path.endsWith('*') ? path.startsWith(fault.path.slice(0, -1)) : path === fault.path;
}

export function checkFault(value: unknown): Fault {
  const fault = value as Partial<Fault> | null;
  if (typeof fault !== 'object' || fault === null || !KINDS.includes(fault.kind as FaultKind)) {
    throw new TypeError(`A fault needs "kind": one of ${KINDS.join(', ')}`);
  }
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) throw new TypeError('Fault "times" must be a positive integer');
  if (fault.kind === 'delay' && !(typeof fault.ms === 'number' && fault.ms >= 0)) throw new TypeError('A "delay" fault needs "ms" ≥ 0');
  if (fault.status !== undefined && !(Number.isInteger(fault.status) && fault.status >= 100 && fault.status <= 599)) {
    throw new TypeError('Fault "status" must be an HTTP status code');
  }
  return fault as Fault;
}
