import type { CoreMessages, ReceiptMessages } from '../../i18n/messages.js';

/** With the thank-you's receipt lines, which Korean pages get with the delivery chunk instead. */
export const en: CoreMessages & ReceiptMessages = {
  question: 'How courteous were the staff who served you?',
  staffLabel: 'Staff member: {name}',
  unavailable: 'Feedback is not available right now. Please try again later.',

  scale5: ['Very discourteous', 'Discourteous', 'Neither', 'Courteous', 'Very courteous'],
  scale3: ['Discourteous', 'Neither', 'Courteous'],
  thumbs: ['Could be better', 'Good'],

  aspectsQuestion: 'What stood out? (choose any)',
  aspectNames: {
    attitude: 'Attitude',
    explanation: 'Explanation',
    speed: 'Speed',
    waiting: 'Waiting time',
    facilities: 'Facilities',
    accuracy: 'Accuracy',
  },

  commentLabel: 'Your comment',
  optional: '(optional)',
  required: '(required)',
  commentHint: 'Please do not include personal details such as names or phone numbers.',
  commentHintWhenLow: 'If something could have been better, please tell us what.',
  counter: '{count} of {max} characters',
  piiMask: 'What looks like personal data ({kinds}) will be masked with * when you send.',
  piiWarn: 'This looks like personal data ({kinds}). Please remove it before you send.',
  piiKinds: {
    rrn: 'resident registration number',
    phone: 'phone number',
    email: 'e-mail address',
    card: 'card number',
  },
  counterRemaining: '{remaining} characters left.',
  counterOver: '{over} characters too many.',

  submit: 'Send',
  sending: 'Sending…',
  sent: 'Thank you. Your feedback has been received.',
  receipt: 'Reference number: {receipt}',
  check: 'Check code: {check}',
  followLink: 'Follow your feedback',
  sendAnother: 'Give more feedback',
  queued: 'It could not be sent just now, so it is saved on this device and will be sent automatically.',

  errorRatingRequired: 'Choose how courteous the staff were.',
  errorCommentRequired: 'Write a comment.',
  errorCommentTooLong: 'Comments can be up to {max} characters. Remove {over}.',
  errorSummary: 'Please correct the marked fields before sending.',

  failedTimeout: 'The server did not answer in time, so your feedback was not sent.',
  failedNetwork: 'The server could not be reached, so your feedback was not sent. Check your connection.',
  failedRejected: 'The server did not accept this feedback (error {status}). Please check it.',
  failedServer: 'The server had a problem (error {status}), so your feedback was not sent. Please try again shortly.',
  failedToken: 'A security check did not complete, so nothing was sent. Please try again shortly.',
  failedKept: 'Everything you entered is still here.',
  failedLoad: 'Part of this form could not be loaded, so it was not sent.',
  queuedLoad:
    'Part of this form could not be loaded, so it has not been sent yet. Your answers are saved on this device and will be sent when the form loads fully on this site.',

  launcher: 'Rate our service',

  notPetition: 'This rating is a survey answer and does not receive a reply.',
  complaintLink: 'For a matter that needs an official answer, file a complaint here',
  opensInNewTab: '(opens in a new tab)',
};
