import {
  aspectNames,
  channels,
  displayModes,
  isScaleName,
  scaleNames,
  type Aspect,
  type Channel,
  type DisplayMode,
  type ScaleName,
} from './vocabulary.js';
import { pageUrlModes, type PageUrlMode } from './page-address.js';

export { channels, displayModes, type Channel, type DisplayMode } from './vocabulary.js';

export const methods = ['POST', 'PUT'] as const;
export const contentTypes = ['json', 'form', 'text'] as const;
export const credentialModes = ['omit', 'same-origin', 'include'] as const;
export const commentRules = ['optional', 'required', 'required-when-low', 'hidden'] as const;
export const piiModes = ['mask', 'warn', 'off'] as const;
export const contactModes = ['off', 'optional'] as const;
/** Where `mode="button"` puts its launcher: where the element is, or fixed in a bottom corner. */
export const launcherPositions = ['inline', 'bottom-end', 'bottom-start'] as const;

export type Method = (typeof methods)[number];
export type ContentType = (typeof contentTypes)[number];
export type CredentialMode = (typeof credentialModes)[number];
export type CommentRule = (typeof commentRules)[number];
export type PiiMode = (typeof piiModes)[number];
export type ContactMode = (typeof contactModes)[number];
export type LauncherPosition = (typeof launcherPositions)[number];

/** The element's configuration as its attributes and properties hold it, before it is checked. */
export interface RawConfig {
  endpoint?: string | null;
  method?: string | null;
  contentType?: string | null;
  credentials?: string | null;
  scale?: string | null;
  comment?: string | null;
  maxLength?: number | null;
  timeout?: number | null;
  pageUrl?: string | null;
  channel?: string | null;
  aspects?: string | null;
  pii?: string | null;
  contact?: string | null;
  mode?: string | null;
  launcherPosition?: string | null;
  kioskReset?: number | null;
}

/** A configuration the form can work with: every value checked and typed. */
export interface FormConfig {
  endpoint: URL;
  method: Method;
  contentType: ContentType;
  credentials: CredentialMode;
  scale: ScaleName;
  comment: CommentRule;
  maxLength: number;
  timeout: number;
  pageUrl: PageUrlMode;
  channel: Channel | undefined;
  /** The "what stood out?" choices offered, in the order the attribute lists them. */
  aspects: Aspect[];
  /** Personal data typed into the comment: masked before sending, only pointed out, or ignored. */
  pii: PiiMode;
  /** Optional contact details behind a consent checkbox, or none. */
  contact: ContactMode;
  mode: DisplayMode;
  launcherPosition: LauncherPosition;
  /** Kiosk mode: seconds before the form clears itself after sending, and idle time mid-way. */
  kioskReset: number;
}

/** One attribute with a value the widget cannot use, and why, for the console. */
export interface ConfigProblem {
  attribute: string;
  message: string;
}

export type ConfigResult = { ok: true; config: FormConfig } | { ok: false; problems: ConfigProblem[] };

function oneOf<T extends string>(
  problems: ConfigProblem[],
  attribute: string,
  allowed: readonly T[],
  value: string | null | undefined,
  fallback: T
): T {
  if (value === null || value === undefined || value === '') return fallback;
  const normalised = attribute === 'method' ? value.toUpperCase() : value;
  if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
  problems.push({ attribute, message: `"${value}" is not one of ${allowed.join(', ')}.` });
  return fallback;
}

function positiveInteger(
  problems: ConfigProblem[],
  attribute: string,
  value: number | null | undefined,
  fallback: number
): number {
  if (value === null || value === undefined) return fallback;
  if (Number.isInteger(value) && value > 0) return value;
  problems.push({ attribute, message: `"${value}" is not a positive whole number.` });
  return fallback;
}

function endpointUrl(problems: ConfigProblem[], value: string | null | undefined, baseUri: string): URL {
  const placeholder = new URL('about:blank');
  if (!value) {
    problems.push({ attribute: 'endpoint', message: 'is missing: set it to the URL that receives the feedback.' });
    return placeholder;
  }
  let url: URL;
  try {
    url = new URL(value, baseUri);
  } catch {
    problems.push({ attribute: 'endpoint', message: `"${value}" is not a valid URL.` });
    return placeholder;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push({ attribute: 'endpoint', message: `"${value}" must be an http: or https: URL.` });
    return placeholder;
  }
  const page = new URL(baseUri);
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname);
  if (page.protocol === 'https:' && url.protocol === 'http:' && !loopback) {
    problems.push({
      attribute: 'endpoint',
      message: `"${value}" is http: on an https: page; browsers block it as mixed content. Use https:.`,
    });
  }
  return url;
}

/** `aspects="attitude, speed"`: known names, each once, in the order given. */
function aspectList(problems: ConfigProblem[], value: string | null | undefined): Aspect[] {
  const names = [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    ),
  ];
  const unknown = names.filter((name) => !(aspectNames as readonly string[]).includes(name));
  if (unknown.length) {
    problems.push({
      attribute: 'aspects',
      message: `has "${unknown.join('", "')}", not among ${aspectNames.join(', ')}.`,
    });
  }
  return names.filter((name): name is Aspect => !unknown.includes(name));
}

/** Checks every attribute that shapes the form; any problem makes the widget unavailable. */
export function readConfig(raw: RawConfig, baseUri: string): ConfigResult {
  const problems: ConfigProblem[] = [];
  const scaleValue = raw.scale || 'faces5';
  if (!isScaleName(scaleValue)) {
    problems.push({ attribute: 'scale', message: `"${scaleValue}" is not one of ${scaleNames.join(', ')}.` });
  }
  const config: FormConfig = {
    endpoint: endpointUrl(problems, raw.endpoint, baseUri),
    method: oneOf(problems, 'method', methods, raw.method, 'POST'),
    contentType: oneOf(problems, 'content-type', contentTypes, raw.contentType, 'json'),
    credentials: oneOf(problems, 'credentials', credentialModes, raw.credentials, 'omit'),
    scale: isScaleName(scaleValue) ? scaleValue : 'faces5',
    comment: oneOf(problems, 'comment', commentRules, raw.comment, 'optional'),
    maxLength: positiveInteger(problems, 'max-length', raw.maxLength, 1000),
    timeout: positiveInteger(problems, 'timeout', raw.timeout, 10000),
    pageUrl: oneOf(problems, 'page-url', pageUrlModes, raw.pageUrl, 'path'),
    channel: raw.channel ? oneOf(problems, 'channel', channels, raw.channel, 'other') : undefined,
    aspects: aspectList(problems, raw.aspects),
    pii: oneOf(problems, 'pii', piiModes, raw.pii, 'mask'),
    contact: oneOf(problems, 'contact', contactModes, raw.contact, 'off'),
    mode: oneOf(problems, 'mode', displayModes, raw.mode, 'inline'),
    launcherPosition: oneOf(problems, 'launcher-position', launcherPositions, raw.launcherPosition, 'inline'),
    kioskReset: positiveInteger(problems, 'kiosk-reset', raw.kioskReset, 15),
  };
  return problems.length ? { ok: false, problems } : { ok: true, config };
}
