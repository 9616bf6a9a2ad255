import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { nearestAttribute } from '../i18n/nearest-attribute.js';
import { matchLocale } from '../i18n/match-locale.js';
import { caseStates, type PublicStatus } from './case-states.js';
import { statusCatalogues, type StatusLanguage, type StatusMessages } from './messages.js';
import { deleteContact, lookUp, rateAnswer, type CaseAddress, type StatusOutcome } from './status-client.js';
import { statusStyles } from './status-styles.js';

/** What the visitor last did, said in the live region once the collector has agreed. */
type Notice = 'satisfied' | 'dissatisfied' | 'contact-deleted' | 'refused';

type Field = 'receipt' | 'check';

/**
 * The visitor's view of their case: the steps it has gone through, the public answer, the question
 * "답변에 만족하셨나요?" once answered, and the deletion of the contact details they left. Nothing
 * else the visitor wrote is ever shown: the collector does not send it.
 *
 * Given `endpoint`, `receipt` and `check` (or the page URL's `receipt` and `check` parameters) it
 * looks the case up at once; otherwise it asks for the two. In the widget's language for the nearest
 * `lang` (Korean, English, Japanese, Chinese, Vietnamese). A separate module from `<courtesy-feedback>`: the form's first script does not carry it.
 *
 * @tagname courtesy-feedback-status
 * @csspart base - The box around everything.
 * @csspart answer - The manager's public answer.
 * @cssprop --courtesy-feedback-accent - The buttons' and links' colour (every token of the form applies).
 */
export class CourtesyFeedbackStatus extends LitElement {
  static override styles = statusStyles;

  static override properties = {
    endpoint: {},
    receipt: {},
    check: {},
    lang: { reflect: true },
    theme: { reflect: true },
    outcome: { state: true },
    busy: { state: true },
    notice: { state: true },
    missing: { state: true },
    confirming: { state: true },
  };

  /** The collector's base URL (where `/api/receipts/` is); the page's own origin when not given. */
  endpoint = '';
  /** The receipt number; otherwise the page URL's `receipt` parameter. */
  receipt = '';
  /** The check code given with the receipt; otherwise the page URL's `check` parameter. */
  check = '';
  /** `ko` (the default), `en`, `ja`, `zh` or `vi`; otherwise the nearest `lang` ancestor, then the document. */
  override lang!: string;
  /** `light` or `dark`; the system's preference when not set. */
  theme: 'light' | 'dark' | undefined;

  protected outcome: StatusOutcome | undefined;
  protected busy = false;
  protected notice: Notice | undefined;
  /** The fields left empty on the last try, each told beside it. */
  protected missing: readonly Field[] = [];
  protected confirming = false;

  /** The receipt and check last looked up, so that a re-render does not ask again. */
  private __lookedUp = '';
  /** The visitor asked (pressed a button), so focus may move to what came back. */
  private __asked = false;

  override connectedCallback() {
    super.connectedCallback();
    const query = new URLSearchParams(location.search);
    this.receipt ||= query.get('receipt') ?? '';
    this.check ||= query.get('check') ?? '';
  }

  private get __address(): CaseAddress {
    return { endpoint: this.endpoint || new URL('/', location.href).href, receipt: this.receipt, check: this.check };
  }

  private get __language(): StatusLanguage {
    return matchLocale(this.lang || nearestAttribute(this, 'lang'));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const key = `${this.endpoint}\n${this.receipt.trim()}\n${this.check.trim()}`;
    const addressChanged = changed.has('endpoint') || changed.has('receipt') || changed.has('check');
    if (addressChanged && this.receipt.trim() && this.check.trim() && key !== this.__lookedUp) {
      this.__lookedUp = key;
      void this.__run(() => lookUp(this.__address));
    }
  }

  protected override updated() {
    if (!this.__asked || this.busy) return;
    this.__asked = false;
    // After the visitor's own lookup, reading goes on from what came back: the result's heading, or
    // the first field to fix.
    const target = this.outcome?.kind === 'found' ? '#result' : this.missing.length ? `#${this.missing[0]}` : '';
    (target ? this.renderRoot.querySelector<HTMLElement>(target) : null)?.focus();
  }

  /** Runs one request; an action's answer replaces the status shown only when it carries one. */
  private async __run(request: () => Promise<StatusOutcome>, notice?: Notice) {
    // The buttons of an action go away with its answer; reading goes on from the case's heading.
    if (notice) this.__asked = true;
    this.busy = true;
    this.notice = undefined;
    const outcome = await request();
    this.busy = false;
    this.confirming = false;
    if (notice && outcome.kind === 'refused') {
      this.notice = 'refused';
      return;
    }
    this.outcome = outcome;
    if (notice && outcome.kind === 'found') this.notice = notice;
  }

  private __submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: Field) => String(form.get(name) ?? '').trim();
    this.missing = (['receipt', 'check'] as const).filter((name) => !value(name));
    this.__asked = true;
    if (this.missing.length) return;
    this.receipt = value('receipt');
    this.check = value('check');
    // The same pair again (after a "try again") is asked again.
    this.__lookedUp = `${this.endpoint}\n${this.receipt}\n${this.check}`;
    void this.__run(() => lookUp(this.__address));
  }

  private __rate(satisfied: boolean) {
    void this.__run(() => rateAnswer(this.__address, satisfied), satisfied ? 'satisfied' : 'dissatisfied');
  }

  private __deleteContact() {
    void this.__run(() => deleteContact(this.__address), 'contact-deleted');
  }

  override render() {
    const lang = this.__language;
    const words = statusCatalogues[lang];
    const found = this.outcome?.kind === 'found' ? this.outcome.status : undefined;
    return html`<section class="base" part="base" lang=${lang} aria-labelledby="title">
      <h2 id="title">${words.statusTitle}</h2>
      ${found ? this.__renderCase(words, found, lang) : this.__renderForm(words)}
      <div class="status" role="status">${this.__statusText(words)}</div>
    </section>`;
  }

  /** What the live region says: progress, and what an action did. Failures of a lookup are alerts. */
  private __statusText(words: StatusMessages): string {
    if (this.busy) return words.lookingUp;
    const said = {
      satisfied: words.saidSatisfied,
      dissatisfied: words.saidDissatisfied,
      'contact-deleted': words.contactDeleted,
      refused: words.refusedAction,
    };
    return this.notice ? said[this.notice] : '';
  }

  private __failure(words: StatusMessages): string {
    switch (this.outcome?.kind) {
      case 'not-found':
        return words.notFound;
      case 'too-many':
        return words.tooMany(this.outcome.seconds);
      case 'unreachable':
        return words.unreachable;
      default:
        return '';
    }
  }

  private __renderForm(words: StatusMessages) {
    const failure = this.busy ? '' : this.__failure(words);
    const field = (name: Field, label: string, hint: string, value: string) => {
      const missing = this.missing.includes(name);
      const described = [`${name}-hint`, missing && `${name}-error`, failure && 'failure'].filter(Boolean).join(' ');
      return html`<div class="field">
        <label for=${name}>${label}</label>
        <input
          id=${name}
          name=${name}
          .value=${value}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          required
          aria-invalid=${missing || failure === words.notFound ? 'true' : 'false'}
          aria-describedby=${described}
        />
        <p class="hint" id="${name}-hint">${hint}</p>
        ${missing ? html`<p class="error" id="${name}-error">${words.required(label)}</p>` : nothing}
      </div>`;
    };
    return html`<p>${words.statusHelp}</p>
      <form novalidate @submit=${this.__submit}>
        ${field('receipt', words.receipt, words.receiptExample, this.receipt)}
        ${field('check', words.check, words.checkExample, this.check)}
        ${failure ? html`<p class="error" id="failure" role="alert">${failure}</p>` : nothing}
        <button type="submit" ?disabled=${this.busy}>${failure ? words.tryAgain : words.lookUp}</button>
      </form>`;
  }

  private __renderCase(words: StatusMessages, status: PublicStatus, lang: StatusLanguage) {
    const current = caseStates.indexOf(status.state);
    const when = new Date(status.updatedAt);
    return html`<div class="result">
      <h3 id="result" tabindex="-1">${words.receipt} ${status.receipt}</h3>
      <ol class="steps" aria-label=${words.progress}>
        ${caseStates.map(
          (state, index) =>
            html`<li class=${index < current ? 'done' : ''} aria-current=${index === current ? 'step' : nothing}>
              ${words.states[state]}
            </li>`
        )}
      </ol>
      <dl>
        <dt>${words.state}</dt>
        <dd>${words.states[status.state]}</dd>
        <dt>${words.updatedAt}</dt>
        <dd>
          <time datetime=${status.updatedAt}>
            ${
              Number.isNaN(when.getTime())
                ? status.updatedAt
                : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(when)
            }
          </time>
        </dd>
      </dl>
      <h3>${words.answer}</h3>
      ${
        status.answer
          ? html`<p class="answer" part="answer">${status.answer}</p>`
          : html`<p class="hint">${words.noAnswerYet}</p>`
      }
      ${status.state === 'answered' && status.satisfied === null ? this.__renderQuestion(words) : nothing}
      ${
        status.satisfied !== null && !this.notice
          ? html`<p>${status.satisfied ? words.saidSatisfied : words.saidDissatisfied}</p>`
          : nothing
      }
      ${this.__renderContact(words, status)}
    </div>`;
  }

  private __renderQuestion(words: StatusMessages) {
    return html`<div class="question" role="group" aria-labelledby="question" aria-describedby="question-help">
      <p id="question"><strong>${words.satisfactionQuestion}</strong></p>
      <p class="hint" id="question-help">${words.dissatisfiedHelp}</p>
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${() => this.__rate(true)}>${words.satisfied}</button>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.__rate(false)}>
          ${words.dissatisfied}
        </button>
      </div>
    </div>`;
  }

  private __renderContact(words: StatusMessages, status: PublicStatus) {
    if (status.contact === 'none') return nothing;
    if (status.contact === 'deleted') return this.notice ? nothing : html`<p>${words.contactGone}</p>`;
    if (this.confirming) {
      return html`<div class="contact" role="group" aria-labelledby="confirm">
        <p id="confirm">${words.confirmDelete}</p>
        <div class="actions">
          <button type="button" ?disabled=${this.busy} @click=${this.__deleteContact}>${words.confirmDeleteYes}</button>
          <button type="button" class="secondary" ?disabled=${this.busy} @click=${this.__cancelDelete}>
            ${words.cancel}
          </button>
        </div>
      </div>`;
    }
    return html`<div class="contact">
      <p class="hint">${words.contactKept}</p>
      <button type="button" class="secondary" id="delete" @click=${this.__askDelete}>${words.deleteContact}</button>
    </div>`;
  }

  private async __askDelete() {
    this.confirming = true;
    await this.updateComplete;
    // Focus goes to the choice that keeps things as they are.
    this.renderRoot.querySelector<HTMLButtonElement>('.contact .secondary')?.focus();
  }

  private async __cancelDelete() {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#delete')?.focus();
  }
}
