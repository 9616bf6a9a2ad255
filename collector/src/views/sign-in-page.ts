// The sign-in form: a user name and a password, each with its label, and a refusal (wrong pair,
// locked, signed out, no account yet) said in a live region and tied to the fields it is about.
// After a refusal the password field has the focus, so a screen reader reads it with the refusal.
import { html } from '@lit-labs/ssr';
import { nothing } from 'lit';
import { langSuffix } from '../lib/language.js';
import { layout, type View } from './layout.js';
import type { Messages } from './messages.js';

export type SignInNotice =
  | { kind: 'none' }
  | { kind: 'signed-out' }
  | { kind: 'wrong' }
  | { kind: 'locked'; seconds: number }
  | { kind: 'not-configured' };

export function signInPage({
  messages,
  next,
  name,
  notice,
}: {
  messages: Messages;
  /** Where to go once signed in (already checked to be a dashboard or API path). */
  next: string;
  /** The name typed before, kept after a refusal. */
  name: string;
  notice: SignInNotice;
}): View {
  const text: Record<SignInNotice['kind'], string> = {
    none: '',
    'signed-out': messages.signedOut,
    wrong: messages.wrongCredentials,
    locked: notice.kind === 'locked' ? messages.locked(notice.seconds) : '',
    'not-configured': messages.notConfigured,
  };
  const refused = notice.kind === 'wrong' || notice.kind === 'locked';
  const body = html`<p class="help">${messages.signInHelp}</p>
    <p id="sign-in-notice" class="notice" role=${refused ? 'alert' : 'status'}>${text[notice.kind]}</p>
    <form method="post" action=${`/admin/sign-in${langSuffix(messages.lang)}`} class="sign-in">
      <input type="hidden" name="next" value=${next} />
      <p>
        <label for="sign-in-name">${messages.userName}</label>
        <input
          id="sign-in-name"
          name="name"
          autocomplete="username"
          required
          maxlength="64"
          value=${name}
          ?autofocus=${!refused}
          aria-invalid=${refused ? 'true' : 'false'}
          aria-describedby=${refused ? 'sign-in-notice' : nothing}
        />
      </p>
      <p>
        <label for="sign-in-password">${messages.password}</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          maxlength="128"
          ?autofocus=${refused}
          aria-invalid=${refused ? 'true' : 'false'}
          aria-describedby=${refused ? 'sign-in-notice' : nothing}
        />
      </p>
      <button type="submit">${messages.signIn}</button>
    </form>`;
  return layout({ messages, title: messages.signInTitle, current: '', query: '', body, viewer: undefined });
}
