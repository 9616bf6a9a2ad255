/**
 * Personal data a visitor may type into a comment by mistake, found and masked before it is sent
 * (`pii="mask"`) or pointed out (`pii="warn"`). Loaded on demand (`load-pii.ts`), like the delivery
 * module, and under the same rule: it imports nothing at run time.
 *
 * What is found, and what is deliberately not (the README lists the same):
 * - `rrn`: a Korean resident registration number (or alien registration number): a valid YYMMDD
 *   birth date, then a digit 1–8 and six more, with or without a hyphen or space between.
 * - `phone`: a Korean mobile (010, 011, 016–019) or area-code number (02, 031…064, 070), with
 *   hyphens, dots, spaces or nothing between the groups, also written +82 10 …; and any number
 *   written internationally: `+`, a country code and 8–15 digits in all. Not: dates (2026-11-25),
 *   times, prices (15,000원), receipt numbers (CF-20261125-7F3K), 1588-style business numbers.
 * - `email`: name@domain.tld.
 * - `card`: 13–19 digits, grouped by spaces or hyphens or not, that pass the Luhn check that every
 *   payment card number passes (so most other long numbers do not).
 */
export type PersonalDataKind = 'rrn' | 'phone' | 'email' | 'card';

interface Pattern {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** A further check a regular expression cannot make. */
  accept?: (match: string) => boolean;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The Luhn checksum of payment card numbers (ISO/IEC 7812). */
function passesLuhn(match: string): boolean {
  const digits = digitsOf(match);
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

// Groups may be separated by a hyphen, a dot or a space (one), or nothing.
const sep = String.raw`[-.\s]?`;
// No digit, and no letter or hyphen glued on, on either side: "CF-20261125-…" is not a phone number.
const before = String.raw`(?<![\w-])`;
const after = String.raw`(?![\w-])`;

const patterns: Pattern[] = [
  {
    kind: 'email',
    pattern: /[\w.+-]+@[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*\.[A-Za-z]{2,}/g,
  },
  {
    kind: 'rrn',
    pattern: new RegExp(
      String.raw`(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?[-–]?\s?[1-8]\d{6}(?!\d)`,
      'g'
    ),
  },
  {
    kind: 'phone',
    pattern: new RegExp(
      String.raw`${before}(?:(?:\+82${sep}\(?0?\)?|0)(?:1[016-9]|2|[3-6][1-5]|70))${sep}\d{3,4}${sep}\d{4}${after}`,
      'g'
    ),
  },
  {
    kind: 'phone',
    pattern: new RegExp(String.raw`\+\d{1,3}(?:${sep}\(?\d{1,4}\)?){2,5}${after}`, 'g'),
    accept: (match) => digitsOf(match).length >= 8 && digitsOf(match).length <= 15,
  },
  {
    kind: 'card',
    pattern: /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g,
    accept: passesLuhn,
  },
];

export interface Finding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** Every piece of personal data in `text`, earliest first, none overlapping. */
export function findPersonalData(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { kind, pattern, accept } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (accept && !accept(match[0])) continue;
      if (findings.some((found) => start < found.end && end > found.start)) continue;
      findings.push({ kind, start, end });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The kinds found, each once, in the order of the `PersonalDataKind` list. */
export function kindsIn(findings: Finding[]): PersonalDataKind[] {
  return (['rrn', 'phone', 'email', 'card'] as const).filter((kind) => findings.some((found) => found.kind === kind));
}

/**
 * `text` with every letter and digit of each finding replaced by `*`, its separators kept
 * (`010-****-****` would give away too much, so the whole finding is masked: `***-****-****`).
 */
export function maskPersonalData(text: string): { text: string; masked: boolean; kinds: PersonalDataKind[] } {
  const findings = findPersonalData(text);
  let masked = text;
  for (const { start, end } of findings) {
    masked = masked.slice(0, start) + masked.slice(start, end).replace(/[\p{L}\p{N}]/gu, '*') + masked.slice(end);
  }
  return { text: masked, masked: findings.length > 0, kinds: kindsIn(findings) };
}
