import { waitUntil } from '@open-wc/testing';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import type { FeedbackPayload } from '../src/payload.js';
import {
  FeedbackDroppedEvent,
  FeedbackErrorEvent,
  FeedbackQueuedEvent,
  FeedbackRateEvent,
  FeedbackSentEvent,
  FeedbackSubmitEvent,
} from '../src/events.js';

/** Every event the widget fires, named by its class: src/events.ts is the one list. */
const widgetEventNames = [
  FeedbackRateEvent,
  FeedbackSubmitEvent,
  FeedbackSentEvent,
  FeedbackQueuedEvent,
  FeedbackErrorEvent,
  FeedbackDroppedEvent,
].map((event) => event.eventName);

interface RecorderInfo {
  /** Origin of the recorder on its own port: requests to it are cross-origin. */
  crossOrigin: string;
  /** An origin whose port refuses connections. */
  closedOrigin: string;
  litMode: 'dev' | 'prod';
}

let info: Promise<RecorderInfo> | undefined;
export function recorderInfo(): Promise<RecorderInfo> {
  info ??= fetch('/__recorder.json').then((response) => response.json() as Promise<RecorderInfo>);
  return info;
}

/** One request as the real server (test/server/recorder.mjs) received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: string;
  payload: FeedbackPayload | undefined;
  schemaErrors: unknown[] | null;
  /** Milliseconds since the epoch when the server received it. */
  at: number;
  /** The status the server answered (null for a preflight or an answer never sent). */
  status: number | null;
  /** Whether this request stored the payload (false for a repeat of a stored id). */
  stored: boolean;
}

/** A private mailbox on the recording server, so parallel tests never see each other's requests. */
export class Bin {
  readonly id = `t${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  constructor(readonly origin: string) {}

  /** The endpoint URL; the query scripts the answer (status, body, delay, cors). */
  endpoint(script: Record<string, string | number> = {}): string {
    const query = new URLSearchParams(Object.entries(script).map(([key, value]) => [key, String(value)]));
    return `${this.origin}/bin/${this.id}/feedback${query.size ? `?${query}` : ''}`;
  }

  async requests(): Promise<RecordedRequest[]> {
    const response = await fetch(`${this.origin}/bin/${this.id}/log`, { cache: 'no-store' });
    return (await response.json()) as RecordedRequest[];
  }

  /** The submissions (not CORS preflights) received. */
  async submissions(): Promise<RecordedRequest[]> {
    return (await this.requests()).filter((request) => request.method !== 'OPTIONS');
  }

  async waitForSubmissions(count: number): Promise<RecordedRequest[]> {
    let received: RecordedRequest[] = [];
    await waitUntil(
      async () => {
        received = await this.submissions();
        return received.length >= count;
      },
      `the server did not receive ${count} submission(s)`,
      { timeout: 8000, interval: 50 }
    );
    return received;
  }
}

export async function crossOriginBin(): Promise<Bin> {
  return new Bin((await recorderInfo()).crossOrigin);
}

export function sameOriginBin(): Bin {
  return new Bin(location.origin);
}

/** Sets a textarea's value as typing or pasting would, firing `input`. */
export function typeInto(field: HTMLTextAreaElement, text: string) {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

/** Shadow-DOM queries for what a visitor sees and uses. */
export function shadow(el: CourtesyFeedback) {
  const root = el.shadowRoot!;
  return {
    radios: () => Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')),
    radio: (value: number) => root.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!,
    checked: () => root.querySelector<HTMLInputElement>('input[type="radio"]:checked'),
    textarea: () => root.querySelector<HTMLTextAreaElement>('textarea'),
    submitButton: () => root.querySelector<HTMLButtonElement>('button[type="submit"]'),
    status: () => root.querySelector<HTMLElement>('[part="status"]')!,
    legend: () => root.querySelector('legend'),
    errors: () => Array.from(root.querySelectorAll('.error')).map((node) => node.textContent!.trim()),
    text: () => root.textContent!.replace(/\s+/g, ' ').trim(),
    /** The element that has focus inside the shadow root. */
    focused: () => root.activeElement,
  };
}

/** Collects the widget's events in order. */
export function recordEvents(el: EventTarget) {
  const seen: { type: string; detail: any; event: Event }[] = [];
  for (const type of widgetEventNames) {
    el.addEventListener(type, (event) => seen.push({ type, detail: (event as any).detail, event }));
  }
  return seen;
}

/** Waits until the submission is over (sent, failed or cancelled). */
export async function settled(el: CourtesyFeedback) {
  await waitUntil(() => !shadow(el).submitButton()?.getAttribute('aria-busy')?.includes('true'), 'still sending', {
    timeout: 12000,
  });
  await el.updateComplete;
}

/** Lit's development-mode warnings issued so far, other than the notice that dev mode is on. */
export function litDevWarnings(): string[] {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  return Array.from(issued ?? []).filter((warning) => !/dev mode|dev-mode/i.test(warning));
}

/** Captures console.error lines while `during` runs. */
export async function consoleErrors(during: () => Promise<unknown>): Promise<string[]> {
  const original = console.error;
  const lines: string[] = [];
  console.error = (...args: unknown[]) => {
    lines.push(args.filter((arg) => typeof arg === 'string').join(' '));
  };
  try {
    await during();
  } finally {
    console.error = original;
  }
  return lines;
}

/** Empties the widget's outbox and offline queue (IndexedDB and the localStorage fallback) between tests. */
export async function clearQueue() {
  localStorage.removeItem('courtesy-feedback:queue');
  localStorage.removeItem('courtesy-feedback:outbox');
  localStorage.removeItem('courtesy-feedback:flush-lock');
  await new Promise<void>((resolve) => {
    const request = indexedDB.open('courtesy-feedback', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('queue', { keyPath: 'id' });
    request.onsuccess = () => {
      const transaction = request.result.transaction('queue', 'readwrite');
      transaction.objectStore('queue').clear();
      transaction.oncomplete = () => {
        request.result.close();
        resolve();
      };
    };
    request.onerror = () => resolve();
  });
}

/** What is in the offline queue now (IndexedDB). */
export async function queuedIds(): Promise<string[]> {
  return new Promise((resolve) => {
    const request = indexedDB.open('courtesy-feedback', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('queue', { keyPath: 'id' });
    request.onsuccess = () => {
      const get = request.result.transaction('queue').objectStore('queue').getAllKeys();
      get.onsuccess = () => {
        request.result.close();
        resolve(get.result as string[]);
      };
    };
  });
}

/**
 * A page of its own, `width` × `height` CSS px, that loads the built embed as an agency's page
 * does: for layouts at a phone's or a tablet's size (an iframe's viewport is its box, in every
 * engine, where resizing the test window is not possible in all of them).
 */
export async function framedPage(
  body: string,
  size: { width: number; height: number },
  head = ''
): Promise<{ frame: HTMLIFrameElement; el: CourtesyFeedback; resize(height: number): Promise<void> }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${size.width}px;height:${size.height}px;border:0;display:block`;
  // `head` comes first, so that a policy or a recorder in it is in force before the embed loads.
  frame.srcdoc = `<!doctype html><html lang="ko"><head><meta name="viewport" content="width=device-width">${head}
    <script src="/dist/courtesy-feedback.min.js"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('courtesy-feedback');
  const el = frame.contentDocument!.querySelector('courtesy-feedback') as CourtesyFeedback;
  await el.updateComplete;
  return {
    frame,
    el,
    async resize(height: number) {
      frame.style.height = `${height}px`;
      await waitUntil(() => win.visualViewport!.height === height || win.innerHeight === height, 'no resize');
    },
  };
}

/** A CSS colour (a name, a system keyword, hex) as this page computes it: `rgb(…)`. */
export function resolvedColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** WCAG 2.2 relative luminance of a CSS colour as the browser resolves it. */
export function luminance(color: string): number {
  const [r, g, b] = resolvedColor(color)
    .match(/[\d.]+/g)!
    .map(Number);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
