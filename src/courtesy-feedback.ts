import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ContactDraft, ContactErrors } from './chunks/contact/contact.js';
import type { Kit } from './features/kit.js';
import { loadContact, loadDialog, loadKiosk } from './features/load-features.js';
import {
  readConfig,
  type Channel,
  type CommentRule,
  type ConfigResult,
  type ContactMode,
  type ContentType,
  type CredentialMode,
  type DisplayMode,
  type FormConfig,
  type LauncherPosition,
  type Method,
  type PiiMode,
} from './config.js';
import { AnnouncerController } from './controllers/announcer-controller.js';
import { FeatureController } from './controllers/feature-controller.js';
import { LauncherClearanceController } from './controllers/launcher-clearance-controller.js';
import type { KioskController, KioskForm } from './chunks/kiosk.js';
import { LocalizeController } from './controllers/localize-controller.js';
import { SubmitController, type SubmitOptions, type TokenProvider } from './controllers/submit-controller.js';
import { styles } from './courtesy-feedback.styles.js';
import { aspectToggles } from './form/aspect-toggles.js';
import { commentField, type CommentError } from './form/comment-field.js';
import { petitionNotice } from './form/petition-notice.js';
import { ratingGroup } from './form/rating-group.js';
import { statusLine } from './form/status-line.js';
import { subjectLine } from './form/subject-line.js';
import { FeedbackRateEvent } from './events.js';
import type { MessageOverrides } from './i18n/messages.js';
import { pageAddress, type PageUrlMode } from './page-address.js';
import type { PersonalDataKind } from './chunks/detect.js';
import { loadPii } from './pii/load-pii.js';
import { buildPayload, type Aspect, type ContactDetails, type FeedbackPayload } from './payload.js';
import { nextOptionIndex } from './rating/keyboard.js';
import { isLowRating, ratingWord, scales, type ScaleName } from './rating/scales.js';
import { visibleLength } from './text-length.js';
import type { RetryPolicy } from './chunks/delivery/backoff.js';
import type { PayloadTransform } from './chunks/delivery/request.js';

/**
 * A courtesy rating and comment form that posts to the agency's own endpoint.
 *
 * @summary Rate how courteously you were served, optionally comment, and send it to `endpoint`.
 * @tagname courtesy-feedback
 *
 * @event {FeedbackRateEvent} feedback-rate - The visitor picked a rating. `detail: { rating }`.
 * @event {FeedbackSubmitEvent} feedback-submit - About to send; cancelable. `detail: { payload }`, which listeners may change.
 * @event {FeedbackSentEvent} feedback-sent - The endpoint answered 2xx. `detail: { payload, status, receipt }`.
 * @event {FeedbackQueuedEvent} feedback-queued - Could not be sent now and is kept for later. `detail: { payload, reason }`.
 * @event {FeedbackErrorEvent} feedback-error - Failed for good, or a part could not be loaded. `detail: { payload, status, reason, part }`; `payload` is `null` for a part that failed with no submission under way.
 * @event {FeedbackDroppedEvent} feedback-dropped - A queued submission was discarded unsent (too old, or the queue full). `detail: { payload, reason }`.
 *
 * @csspart base - The outer box.
 * @csspart unavailable - The message shown instead of the form when it is misconfigured.
 * @csspart form - The form.
 * @csspart subject - The staff member and service being rated.
 * @csspart staff-photo - The staff member's photo.
 * @csspart rating - The rating group (fieldset).
 * @csspart options - The grid of rating options: `grid-template-columns: minmax(0, 1fr)` stacks them one per line, as KRDS lays out radios.
 * @csspart question - The rating question (legend).
 * @csspart option - One rating option; `option-checked` is added to the chosen one.
 * @csspart option-label - The visible tile of an option: glyph and words.
 * @csspart aspects - The "what stood out?" group (fieldset).
 * @csspart aspects-question - Its legend.
 * @csspart aspect - One aspect toggle; `aspect-checked` is added to the chosen ones.
 * @csspart aspect-label - The visible tile of an aspect toggle.
 * @csspart comment-label - The comment field's label.
 * @csspart comment-hint - The hint under the comment label.
 * @csspart comment - The comment textarea.
 * @csspart counter - The character counter.
 * @csspart pii-notice - Says that personal data in the comment will be masked (or should be removed).
 * @csspart error - A validation message next to its field.
 * @csspart notice - The "this is not a petition" line and complaint link.
 * @csspart submit - The send button.
 * @csspart status - The live region: sending, sent (with receipt) and failure messages.
 * @csspart status-link - On the thank-you, the link to the endpoint's status page (its `statusUrl`).
 * @csspart send-another - The button that starts a new response after sending.
 * @csspart contact - Contact details (`contact="optional"`): the fieldset.
 * @csspart contact-title - Its legend, the notice's title.
 * @csspart contact-notice - The notice: purpose, items, retention, the right to refuse.
 * @csspart contact-consent - The consent checkbox.
 * @csspart contact-label - The label of a contact field.
 * @csspart contact-input - A contact field (name, phone, e-mail).
 * @csspart launcher - Button mode: the button that opens the dialog.
 * @csspart dialog - Button mode: the modal dialog.
 * @csspart close - Button mode: the dialog's close button.
 * @csspart kiosk-continue - Kiosk mode: the "keep going" button of the are-you-still-there question.
 * @csspart kiosk-keep - Kiosk mode: the button on the thank-you that keeps it on screen.
 *
 * @cssprop --courtesy-feedback-accent - Buttons, links and the chosen option's border.
 * @cssprop --courtesy-feedback-on-accent - Text on the accent colour.
 * @cssprop --courtesy-feedback-background - Background of the form.
 * @cssprop --courtesy-feedback-surface - Background of the rating tiles.
 * @cssprop --courtesy-feedback-selected-surface - Background of the chosen tile.
 * @cssprop --courtesy-feedback-text - Text colour.
 * @cssprop --courtesy-feedback-muted-text - Hints, counter and secondary text.
 * @cssprop --courtesy-feedback-border - Borders of the box, tiles and field.
 * @cssprop --courtesy-feedback-error - Validation and failure messages.
 * @cssprop --courtesy-feedback-star - Filled stars of the `stars5` scale.
 * @cssprop --courtesy-feedback-focus-ring - Keyboard focus ring.
 * @cssprop --courtesy-feedback-radius - Corner radius of the box (controls scale from it).
 * @cssprop --courtesy-feedback-spacing - Padding and gaps.
 * @cssprop --courtesy-feedback-font-family - Font family.
 * @cssprop --courtesy-feedback-font-size - Base font size (default: at least 16px).
 */
export class CourtesyFeedback extends LitElement {
  static override styles = styles;

  /**
   * Reactive properties are declared here rather than with decorators: the compiled decorator calls
   * cost about 390 bytes of the embed's 15 KB brotli budget. Each is typed and documented below.
   */
  static override properties = {
    endpoint: {},
    method: {},
    contentType: { attribute: 'content-type' },
    credentials: {},
    scale: {},
    comment: {},
    maxLength: { attribute: 'max-length', type: Number },
    service: {},
    department: {},
    staffId: { attribute: 'staff-id' },
    staffName: { attribute: 'staff-name' },
    staffPhoto: { attribute: 'staff-photo' },
    channel: {},
    aspects: {},
    pii: {},
    contact: {},
    privacyUrl: { attribute: 'privacy-url' },
    mode: {},
    launcherPosition: { attribute: 'launcher-position' },
    launcherLabel: { attribute: 'launcher-label' },
    kioskReset: { attribute: 'kiosk-reset', type: Number },
    pageUrl: { attribute: 'page-url' },
    queue: {},
    timeout: { type: Number },
    // Reflected, so that setting the property from code (as React does) is the language the page,
    // CSS :lang() and screen readers see on the element too.
    lang: { reflect: true },
    complaintUrl: { attribute: 'complaint-url' },
    heading: {},
    disabled: { type: Boolean, reflect: true },
    // Reflected: the stylesheet reads the attribute.
    theme: { reflect: true },
    headers: { attribute: false },
    metadata: { attribute: false },
    messages: { attribute: false },
    transform: { attribute: false },
    retry: { attribute: false },
    tokenProvider: { attribute: false },
    minFillTime: { attribute: false },
    rating: { state: true },
    chosenAspects: { state: true },
    commentText: { state: true },
    errors: { state: true },
    piiKinds: { state: true },
    contactDraft: { state: true },
    contactErrors: { state: true },
    invalidSubmit: { state: true },
    openInPage: { state: true },
  };

  // Private members that Lit does not observe start with `__`: the embed build mangles those names
  // (the Lit starter's recipe), which keeps the whole widget inside its size budget.

  private readonly __localize = new LocalizeController(this);
  private readonly __announcer = new AnnouncerController(this, this.__localize);
  private readonly __submitter = new SubmitController(this, () => this.__submitOptions());
  private readonly __features = new FeatureController(this);
  /** Kiosk mode's timers: its chunk's, made once the chunk is here (`willUpdate`). */
  private __kiosk: KioskController | undefined;
  private readonly __kioskForm: KioskForm = {
    seconds: () => (this.config?.mode === 'kiosk' ? this.config.kioskReset : undefined),
    clear: () => this.reset(),
    hasAnswers: () =>
      this.rating !== null || this.chosenAspects.length > 0 || this.commentText !== '' || !!this.contactDraft.consentAt,
    isDone: () => this.__submitter.done,
  };
  /** What chunks rendered by this element borrow from it. */
  private readonly __kit: Kit = { html, nothing, term: (key, values) => this.__localize.term(key, values) };
  private __configResult: ConfigResult = readConfig({}, 'about:blank');
  /** Configuration problems already written to the console, so each is reported once. */
  private readonly __reportedProblems = new Set<string>();
  /** When the visitor could first see this (empty) form; a send sooner than `minFillTime` is a bot's. */
  private __shownAt = 0;
  /**
   * The visitor sent from inside the form: the thank-you takes focus, and is then not a live region
   * as well, so that a screen reader says it once, not once as focused and again as announced.
   */
  private __thanksTakeFocus = false;
  /** Stops the open dialog from following the visual viewport. */
  private __unfollow: (() => void) | undefined;

  constructor() {
    super();
    // Held by the element as its controller; nothing else needs to reach it.
    new LauncherClearanceController(this, () =>
      this.config?.mode === 'button' && this.config.launcherPosition !== 'inline'
        ? this.renderRoot.querySelector<HTMLElement>('[part="launcher"]')
        : null
    );
  }

  private get statusRegion() {
    return this.renderRoot.querySelector<HTMLElement>('.status');
  }

  private get __dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  private rating: number | null = null;
  private chosenAspects: Aspect[] = [];
  private commentText = '';
  private errors: { rating?: 'required'; comment?: CommentError } = {};
  /** Kinds of personal data found in the comment as it stands (`pii` not `off`). */
  private piiKinds: PersonalDataKind[] = [];
  private contactDraft: ContactDraft = { name: '', phone: '', email: '' };
  private contactErrors: ContactErrors = {};
  /** Whether the last submit attempt stopped at validation; the status line says so. */
  private invalidSubmit = false;
  /** Button mode without its dialog (the chunk not here, or failed): the launcher shows the form in the page. */
  private openInPage = false;

  /** URL that receives the submission. Missing or invalid: the form says it is unavailable. */
  endpoint?: string;
  /** HTTP method: `POST` (default) or `PUT`. */
  method: Method = 'POST';
  /** Body encoding: `json` (default), `form` (url-encoded fields), or `text` (JSON as text/plain, no CORS preflight). */
  contentType: ContentType = 'json';
  /** fetch credentials mode: `omit` (default), `same-origin` or `include`. */
  credentials: CredentialMode = 'omit';
  /** Rating control: `faces5` (default), `stars5`, `numbers5`, `faces3`, `thumbs2` (좋아요 / 아쉬워요). */
  scale: ScaleName = 'faces5';
  /** Comment rule: `optional` (default), `required`, `required-when-low`, `hidden`. */
  comment: CommentRule = 'optional';
  /** Comment limit in characters as a person counts them (a syllable or an emoji is one). */
  maxLength = 1000;
  /** The service being rated, e.g. 여권 발급. */
  service?: string;
  /** The department being rated. */
  department?: string;
  /** The staff member's identifier, sent but not shown. */
  staffId?: string;
  /** The staff member's name, shown to the visitor and sent. */
  staffName?: string;
  /** URL of the staff member's photo, shown beside the name. */
  staffPhoto?: string;
  /** How the visitor was served: `online`, `visit`, `phone` or `other`. */
  channel?: Channel;
  /** "What stood out?" choices offered as toggles: a comma list of `attitude`, `explanation`, `speed`, `waiting`, `facilities`, `accuracy`. */
  aspects?: string;
  /** Personal data typed into the comment: `mask` (default) masks it before sending and says so first; `warn` only asks the visitor to remove it; `off`. */
  pii: PiiMode = 'mask';
  /** `optional`: name, phone and e-mail fields behind a consent checkbox and its notice. `off` (default): none. */
  contact: ContactMode = 'off';
  /** The agency's privacy policy, linked from the consent notice. */
  privacyUrl?: string;
  /** `inline` (default): the form in the page. `button`: a launcher that opens it in a modal dialog. `kiosk`: a counter tablet that clears itself. */
  mode: DisplayMode = 'inline';
  /** Button mode: `inline` (default, where the element is), `bottom-end` or `bottom-start` (fixed in that corner). */
  launcherPosition: LauncherPosition = 'inline';
  /** Button mode: the launcher's words; otherwise the `launcher` message. */
  launcherLabel?: string;
  /** Kiosk mode: seconds before the form clears itself after sending, and idle seconds mid-way before it offers to. */
  kioskReset = 15;
  /** How much of the page address is sent: `path` (default, no query), `full` (e-mail addresses removed), `none`. */
  pageUrl: PageUrlMode = 'path';
  /** `on` (default): keep what could not be sent in this browser and send it later. `off`: store nothing. */
  queue: 'on' | 'off' = 'on';
  /** Milliseconds one attempt may take before it counts as failed. */
  timeout = 10000;
  /** Language (BCP 47); otherwise the nearest `lang` ancestor, then the document. Korean is bundled; English, Japanese, Simplified Chinese and Vietnamese load when used; any other language gets Korean. */
  override lang!: string;
  /** The agency's formal complaint channel (e.g. its 국민신문고 page), linked for matters that need an answer. */
  complaintUrl?: string;
  /** Replaces the default rating question. */
  heading?: string;
  /** Disables every control. */
  disabled = false;
  /** `auto` (default): light or dark as the visitor's system prefers; `light` or `dark` forces one. */
  theme?: 'auto' | 'light' | 'dark';

  /** Extra request headers, e.g. an API key. Any header makes a cross-origin request preflighted. */
  headers?: Record<string, string>;
  /** Merged into the payload's `metadata`. */
  metadata?: Record<string, unknown>;
  /** Replacements for any of the built-in strings (see the `Messages` type). */
  messages?: MessageOverrides;
  /** Turns the payload into the request body: return an object (encoded per `content-type`) or a ready body. */
  transform?: PayloadTransform;
  /** Retry limits: `{ attempts: 4, baseDelay: 500, maxDelay: 8000, maxTotal: 30000 }` (milliseconds) by default. */
  retry?: Partial<RetryPolicy>;
  /** Async function whose token is sent in the `X-Feedback-Token` header; if it fails, nothing is sent and the visitor is told. */
  tokenProvider?: TokenProvider;
  /**
   * Milliseconds a person needs at least from seeing the form to pressing send; a send through the
   * form sooner is treated as a bot's and quietly dropped. `submit()` from the page's code is exempt.
   */
  minFillTime = 1000;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (
      !this.hasUpdated ||
      // Any public property, not a list kept beside readConfig's that could miss one it learns to
      // read: reading is cheap, and the visitor's own input (state) never causes it.
      [...changed.keys()].some((key) => !CourtesyFeedback.elementProperties.get(key)?.state)
    ) {
      this.__configResult = readConfig(this, document.baseURI);
      this.__reportProblems();
      if (changed.has('scale') && this.hasUpdated) this.rating = null;
      const offered = this.config?.aspects ?? [];
      this.chosenAspects = this.chosenAspects.filter((aspect) => offered.includes(aspect));
    }
    const kiosk = this.config?.mode === 'kiosk' ? this.__features.get(loadKiosk, 'kiosk') : undefined;
    if (kiosk) this.__kiosk ??= new kiosk.KioskController(this, this.__kioskForm);
  }

  protected override firstUpdated() {
    this.__shownAt = performance.now();
  }

  /** Also waits for a catalogue or a feature being loaded, and the render that uses it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.__localize.pending || this.__features.pending.size) {
      await Promise.all([this.__localize.pending, ...this.__features.pending]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private get config(): FormConfig | undefined {
    return this.__configResult.ok ? this.__configResult.config : undefined;
  }

  private __reportProblems() {
    if (this.__configResult.ok) return;
    for (const { attribute, message } of this.__configResult.problems) {
      const line = `<courtesy-feedback> attribute "${attribute}" ${message} The form is shown as unavailable.`;
      if (this.__reportedProblems.has(line)) continue;
      this.__reportedProblems.add(line);
      console.error(line, this);
    }
  }

  private __commentRequired(config: FormConfig): boolean {
    return (
      config.comment === 'required' ||
      (config.comment === 'required-when-low' && this.rating !== null && isLowRating(config.scale, this.rating))
    );
  }

  private __commentError(config: FormConfig): CommentError | undefined {
    if (config.comment === 'hidden') return undefined;
    if (visibleLength(this.commentText) > config.maxLength) return 'tooLong';
    if (this.__commentRequired(config) && !this.commentText.trim()) return 'required';
    return undefined;
  }

  private __piiNotice(config: FormConfig): string {
    if (config.pii === 'off' || !this.piiKinds.length) return '';
    const names = this.__localize.term('piiKinds');
    return this.__localize.term(config.pii === 'mask' ? 'piiMask' : 'piiWarn', {
      kinds: this.piiKinds.map((kind) => names[kind]).join(', '),
    });
  }

  /** Finds personal data in the comment as it is typed, so the visitor is told before sending. */
  private __checkPersonalData(config: FormConfig) {
    if (config.pii === 'off') return;
    const text = this.commentText;
    loadPii()
      .then(({ findPersonalData, kindsIn }) => {
        // A later keystroke may have finished first; only the current text counts.
        if (text === this.commentText) this.piiKinds = kindsIn(findPersonalData(text));
      })
      .catch(() => undefined);
  }

  /** The visitor chose a rating, by pointer or keyboard. */
  private __chooseRating(value: number) {
    if (this.rating === value) return;
    this.rating = value;
    if (this.errors.rating) this.errors = { ...this.errors, rating: undefined };
    if (this.errors.comment === 'required' && this.config && !this.__commentError(this.config)) {
      this.errors = { ...this.errors, comment: undefined };
    }
    this.dispatchEvent(new FeedbackRateEvent(value));
  }

  /**
   * An obvious bot: it filled the field people cannot see, or sent through the form sooner than a
   * person can read it. The page's own `submit()` call is trusted with the time.
   */
  private __looksLikeBot(byVisitor: boolean): boolean {
    const trap = this.renderRoot.querySelector<HTMLInputElement>('.trap input');
    return Boolean(trap?.value) || (byVisitor && performance.now() - this.__shownAt < this.minFillTime);
  }

  /** How this widget sends now, or undefined while it is misconfigured. */
  private __submitOptions(): SubmitOptions | undefined {
    const config = this.config;
    return (
      config && {
        config,
        headers: this.headers,
        transform: this.transform,
        // A kiosk keeps nothing of one visitor for the next, in storage either.
        queue: this.queue !== 'off' && config.mode !== 'kiosk',
        retry: this.retry,
        tokenProvider: this.tokenProvider,
      }
    );
  }

  private __payloadFor(
    config: FormConfig,
    comment: { text: string; masked: boolean },
    contact: ContactDetails | null,
    id: string,
    attempt: number
  ): FeedbackPayload {
    const value = this.rating ?? 0;
    return buildPayload({
      id,
      now: new Date(),
      aspects: this.chosenAspects,
      rating: {
        value,
        max: scales[config.scale].max,
        scale: config.scale,
        label: ratingWord(config.scale, value, {
          scale5: this.__localize.term('scale5'),
          scale3: this.__localize.term('scale3'),
          thumbs: this.__localize.term('thumbs'),
        }),
      },
      comment: comment.text,
      piiMasked: comment.masked,
      contact,
      subject: {
        service: this.service,
        department: this.department,
        staffId: this.staffId,
        staffName: this.staffName,
        channel: config.channel,
      },
      page: pageAddress(config.pageUrl, location.href, document.title),
      locale: this.__localize.locale,
      metadata: this.metadata,
      attempt,
    });
  }

  /** Moves focus to the first field that needs fixing, as a visitor would expect after pressing send. */
  private async __focusFirstInvalid() {
    await this.updateComplete;
    // In the order the fields come: the rating's first option, the comment, a contact field.
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private async __send(byVisitor: boolean): Promise<boolean> {
    const config = this.config;
    if (!config || this.disabled || this.__submitter.busy) return false;
    const errors = {
      rating: this.rating === null ? ('required' as const) : undefined,
      comment: this.__commentError(config),
    };
    this.errors = errors;
    const contact = config.contact === 'optional' ? loadContact.current : undefined;
    this.contactErrors = contact?.validateContact(this.contactDraft) ?? {};
    this.invalidSubmit = Boolean(errors.rating || errors.comment || Object.values(this.contactErrors).some(Boolean));
    if (this.invalidSubmit) {
      await this.__focusFirstInvalid();
      return false;
    }
    // Not :focus-within on the host, which Chromium does not match inside a modal dialog's top layer.
    const focusWasInside = Boolean((this.renderRoot as ShadowRoot).activeElement);
    this.__thanksTakeFocus = focusWasInside;
    const bot = this.__looksLikeBot(byVisitor);
    const text = config.comment === 'hidden' ? '' : this.commentText;
    // Masked now when the detector is here (it loads with the first keystroke); otherwise the
    // comment is kept as typed, marked, and masked before it leaves the device.
    const detector = config.pii === 'mask' && text ? loadPii.current : undefined;
    const comment = detector ? detector.maskPersonalData(text) : { text, masked: false };
    const answers = JSON.stringify([config.scale, this.rating, this.chosenAspects, text, this.contactDraft]);
    const contactDetails = contact?.contactDetails(this.contactDraft, contact.noticeText(this.__kit, this.privacyUrl));
    const result = bot
      ? this.__submitter.discard()
      : await this.__submitter.submit(
          answers,
          (id, attempt) => this.__payloadFor(config, comment, contactDetails ?? null, id, attempt),
          config.pii === 'mask' && Boolean(text) && !detector,
          this.__submitOptions()!
        );
    if (this.__submitter.done && focusWasInside) {
      // The form the visitor was in is gone; put them on the thank-you so they are not lost at the page top.
      await this.updateComplete;
      this.statusRegion?.focus();
    }
    return result.phase === 'sent' && !bot;
  }

  private __handleRatingChange(event: Event) {
    this.__chooseRating(Number((event.target as HTMLInputElement).value));
  }

  private __handleRatingKeydown(event: KeyboardEvent) {
    const radios = Array.from(this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="rating"]'));
    const current = radios.indexOf(event.target as HTMLInputElement);
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextOptionIndex(event.key, current, radios.length, this.__localize.isRightToLeft);
    if (next === undefined) return;
    event.preventDefault();
    radios[next].checked = true;
    radios[next].focus();
    this.__chooseRating(Number(radios[next].value));
  }

  private __handleCommentInput(event: Event) {
    this.commentText = (event.target as HTMLTextAreaElement).value;
    const config = this.config;
    if (!config) return;
    if (this.errors.comment && !this.__commentError(config)) this.errors = { ...this.errors, comment: undefined };
    this.__checkPersonalData(config);
    this.__announcer.schedule(() => ({
      length: visibleLength(this.commentText),
      maxLength: config.maxLength,
      piiNotice: this.__piiNotice(config),
    }));
  }

  private __handleAspectChange(event: Event) {
    const { value, checked } = event.target as HTMLInputElement;
    const offered = this.config?.aspects ?? [];
    const chosen = new Set(this.chosenAspects);
    if (checked) chosen.add(value as Aspect);
    else chosen.delete(value as Aspect);
    // Kept in the order offered, so that the same choices always make the same payload.
    this.chosenAspects = offered.filter((aspect) => chosen.has(aspect));
  }

  private __handleConsent(event: Event) {
    const checked = (event.target as HTMLInputElement).checked;
    // Unticking takes back what was typed: nothing entered without consent is kept.
    this.contactDraft = { name: '', phone: '', email: '', consentAt: checked ? new Date().toISOString() : undefined };
    this.contactErrors = {};
  }

  private __handleContactInput(event: Event) {
    const { name, value } = event.target as HTMLInputElement;
    this.contactDraft = { ...this.contactDraft, [name]: value };
    const contact = loadContact.current;
    if (contact && Object.values(this.contactErrors).some(Boolean)) {
      this.contactErrors = contact.validateContact(this.contactDraft);
    }
  }

  private __handleFormSubmit(event: SubmitEvent) {
    event.preventDefault();
    void this.__send(true);
  }

  private __handleSendAnother() {
    this.reset();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('input[name="rating"]')?.focus()
    );
  }

  /** The dialog closed (close button, Escape, `hide()`): focus goes back to the launcher. */
  private __handleDialogClose() {
    this.__unfollow?.();
    // The close event comes a task later: the dialog may have been opened again meanwhile.
    if (!this.__dialog?.open) this.renderRoot.querySelector<HTMLElement>('[part="launcher"]')?.focus();
  }

  /**
   * Validates and sends the form, as the send button does. Resolves `true` when the endpoint
   * accepted it; `false` when the form is invalid, disabled, misconfigured, cancelled, failed, kept
   * to be sent later, or quietly discarded as a bot's (the honeypot field filled).
   */
  submit(): Promise<boolean> {
    return this.__send(false);
  }

  /**
   * Button mode: opens the form in its modal dialog, focus on the first rating option, as the
   * launcher does. Does nothing in the other modes.
   */
  async show() {
    if (this.config?.mode !== 'button') return;
    if (!loadDialog.current) {
      // The dialog's chunk is not here (still coming, or failed): open the form in the page.
      this.openInPage = true;
      this.__shownAt = performance.now();
      await super.getUpdateComplete();
      this.renderRoot.querySelector<HTMLElement>('form input')?.focus();
      return;
    }
    await this.updateComplete;
    const dialog = this.__dialog;
    if (!dialog || dialog.open) return;
    // After a send, the dialog opens on a new form; closed mid-way, on what was entered.
    if (this.__submitter.done) {
      this.reset();
      await this.updateComplete;
    }
    dialog.showModal();
    // The form appears now, not at page load: a bot that opens and sends at once is still too fast.
    this.__shownAt = performance.now();
    this.__unfollow = loadDialog.current?.followVisualViewport(dialog);
    this.renderRoot.querySelector<HTMLElement>('dialog input, dialog .status')?.focus();
  }

  /** Button mode: closes the dialog; focus goes back to the launcher. What was entered is kept. */
  hide() {
    this.__dialog?.close();
    if (this.openInPage) {
      this.openInPage = false;
      this.renderRoot.querySelector<HTMLElement>('[part="launcher"]')?.focus();
    }
  }

  /** Clears the rating, comment, errors and status, ready for a new response. Fires no event. */
  reset() {
    this.rating = null;
    this.chosenAspects = [];
    this.__shownAt = performance.now();
    this.commentText = '';
    this.errors = {};
    this.invalidSubmit = false;
    this.piiKinds = [];
    this.contactDraft = { name: '', phone: '', email: '' };
    this.contactErrors = {};
    this.__announcer.reset();
    this.__submitter.reset();
    this.__thanksTakeFocus = false;
  }

  private __renderComment(config: FormConfig) {
    return config.comment === 'hidden'
      ? nothing
      : commentField(this.__kit, {
          rule: config.comment,
          required: this.__commentRequired(config),
          text: this.commentText,
          maxLength: config.maxLength,
          error: this.errors.comment,
          piiNotice: this.__piiNotice(config),
          announcement: this.__announcer.text,
          disabled: this.disabled,
          onInput: this.__handleCommentInput,
        });
  }

  private __renderContact(config: FormConfig) {
    if (config.contact === 'off') return nothing;
    return (
      this.__features.get(loadContact, 'contact')?.renderContact(this.__kit, {
        draft: this.contactDraft,
        errors: this.contactErrors,
        privacyUrl: this.privacyUrl,
        disabled: this.disabled,
        shared: config.mode === 'kiosk',
        // Lit calls template listeners with this element as `this`.
        onConsent: this.__handleConsent,
        onInput: this.__handleContactInput,
      }) ?? nothing
    );
  }

  override render() {
    // Nothing rather than a flash of the wrong language while a catalogue loads (one small request).
    if (this.__localize.loading) return nothing;
    const config = this.config;
    const locale = this.__localize.locale;
    const dir = this.__localize.isRightToLeft ? 'rtl' : 'ltr';
    if (!config) {
      return html`<div class="base" part="base" lang=${locale} dir=${dir}>
        <p part="unavailable" role="status">${this.__localize.term('unavailable')}</p>
      </div>`;
    }
    const dialog = config.mode === 'button' ? this.__features.get(loadDialog, 'dialog') : undefined;
    const state = this.__submitter.state;
    const sending = state.phase === 'sending';
    const done = this.__submitter.done;
    const kiosk = config.mode === 'kiosk' ? loadKiosk.current : undefined;
    // Beside the status, with no whitespace around: an empty status must stay :empty, and hidden.
    const kioskStatus =
      kiosk && this.__kiosk?.session
        ? kiosk.renderKioskStatus(this.__kit, this.__kiosk.session, done, config.kioskReset)
        : nothing;
    const status = statusLine(this.__kit, state, this.invalidSubmit);
    const live = done && this.__thanksTakeFocus ? nothing : 'status';
    const body = html`<div class="base ${config.mode}" part="base" lang=${locale} dir=${dir}>
      ${dialog?.renderClose(this.__kit, () => this.hide()) ?? nothing}
      ${
        done
          ? nothing
          : keyed(
              this.__kiosk?.visit ?? 0,
              html`<form part="form" novalidate @submit=${this.__handleFormSubmit}>
                ${subjectLine(this.__kit, this)}
                ${ratingGroup(this.__kit, {
                  scale: config.scale,
                  question: this.heading || this.__localize.term('question'),
                  rating: this.rating,
                  invalid: this.errors.rating !== undefined,
                  disabled: this.disabled,
                  onChange: this.__handleRatingChange,
                  onKeydown: this.__handleRatingKeydown,
                })}
                ${aspectToggles(this.__kit, {
                  offered: config.aspects,
                  chosen: this.chosenAspects,
                  disabled: this.disabled,
                  onChange: this.__handleAspectChange,
                })}
                ${this.__renderComment(config)} ${this.__renderContact(config)}
                ${petitionNotice(this.__kit, this.complaintUrl)}
                <div class="trap" aria-hidden="true">
                  <label>Homepage <input name="homepage" tabindex="-1" autocomplete="off" /></label>
                </div>
                <button type="submit" part="submit" ?disabled=${this.disabled} aria-busy=${sending ? 'true' : 'false'}>
                  ${this.__localize.term(sending ? 'sending' : 'submit')}
                </button>
              </form>`
            )
      }
      <div class="status" part="status" role=${live} tabindex="-1">${status}${kioskStatus}</div>
      ${
        done
          ? html`<button type="button" class="after-sent" part="send-another" @click=${this.__handleSendAnother}>
              ${this.__localize.term('sendAnother')}
            </button>`
          : nothing
      }
    </div>`;
    if (config.mode !== 'button') return body;
    // The launcher is the first script's, so that it shows at once; without the dialog's chunk it
    // opens the form in the page.
    const label = this.launcherLabel || this.__localize.term('launcher');
    return html`<button
        type="button"
        class="launcher ${config.launcherPosition}"
        part="launcher"
        aria-haspopup=${dialog ? 'dialog' : nothing}
        aria-expanded=${dialog ? nothing : String(this.openInPage)}
        @click=${this.show}
      >
        ${label}
      </button>
      ${
        dialog
          ? dialog.renderDialog(this.__kit, { body, label, onClose: this.__handleDialogClose })
          : this.openInPage
            ? body
            : nothing
      }`;
  }
}
