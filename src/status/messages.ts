// The words a visitor reads about their case, in Korean (the default), English and the widget's
// other languages (messages-more.ts), the same keys in each: one catalogue for <courtesy-feedback-status> and the collector's /status page (which also
// names the states on the manager's case pages), so that every side says the same.
import type { CaseState } from './case-states.js';
import type { LocaleCode } from '../vocabulary.js';
import { ja, vi, zh } from './messages-more.js';

export const ko = {
  statusTitle: '의견 처리 상황 조회',
  /** The language's own name, on the /status page's language links. */
  languageName: '한국어',
  skip: '본문 바로가기',
  languages: '언어',
  statusHelp: '의견을 보낸 뒤 받은 접수번호와 확인 코드를 적어 주세요.',
  receipt: '접수번호',
  receiptExample: '예: CF-20261202-7F3K',
  check: '확인 코드',
  checkExample: '영문과 숫자 8자리',
  lookUp: '조회',
  notFound: '접수번호와 확인 코드가 맞는 의견이 없어요. 두 가지를 다시 확인해 주세요.',
  tooMany: (seconds: number) => `조회를 너무 여러 번 했어요. ${seconds}초 뒤에 다시 해 주세요.`,
  states: {
    received: '접수',
    acknowledged: '확인',
    'in-progress': '처리 중',
    answered: '답변',
    closed: '완료',
  } as Record<CaseState, string>,
  progress: '처리 단계',
  state: '지금 단계',
  updatedAt: '마지막으로 바뀐 때',
  answer: '답변',
  noAnswerYet: '아직 답변 전이에요. 답변을 드리면 여기에 보여요.',
  satisfactionQuestion: '답변에 만족하셨나요?',
  satisfied: '만족해요',
  dissatisfied: '만족하지 않아요',
  dissatisfiedHelp: '만족하지 않으시면 담당 부서가 다시 살펴보고 한 번 더 답변해요.',
  saidSatisfied: '답변에 만족한다고 알려 주셨어요. 고맙습니다.',
  saidDissatisfied: '답변에 만족하지 않는다고 알려 주셨어요. 담당 부서가 다시 살펴보고 답변할게요.',
  contactKept: '남기신 연락처는 처리를 마친 뒤 정해진 기간이 지나면 지워져요. 지금 지울 수도 있어요.',
  deleteContact: '남긴 연락처 지우기',
  contactDeleted: '남기신 연락처를 지웠어요. 이제 답변은 이 화면에서만 볼 수 있어요.',
  contactGone: '남기신 연락처는 지워졌어요.',
  refusedAction: '지금 단계에서는 할 수 없는 일이에요. 화면을 새로 고쳐 보세요.',
  lookingUp: '조회하고 있어요.',
  unreachable: '처리 상황을 가져오지 못했어요. 인터넷 연결을 확인하고 다시 해 주세요.',
  tryAgain: '다시 조회',
  required: (field: string) => `${field}를 적어 주세요.`,
  confirmDelete: '연락처를 지우면 답변을 메일이나 전화로 받을 수 없어요. 지울까요?',
  confirmDeleteYes: '네, 지워 주세요',
  cancel: '그대로 두기',
};

export type StatusMessages = typeof ko;

export const en: StatusMessages = {
  statusTitle: 'Follow your feedback',
  languageName: 'English',
  skip: 'Skip to the content',
  languages: 'Languages',
  statusHelp: 'Enter the reference number and the check code you were given after sending your feedback.',
  receipt: 'Reference number',
  receiptExample: 'e.g. CF-20261202-7F3K',
  check: 'Check code',
  checkExample: '8 letters and digits',
  lookUp: 'Look up',
  notFound: 'No feedback matches that reference number and check code. Check both and try again.',
  tooMany: (seconds: number) => `Too many lookups. Try again in ${seconds} seconds.`,
  states: {
    received: 'Received',
    acknowledged: 'Acknowledged',
    'in-progress': 'In progress',
    answered: 'Answered',
    closed: 'Closed',
  },
  progress: 'Steps',
  state: 'Current step',
  updatedAt: 'Last changed',
  answer: 'Answer',
  noAnswerYet: 'Not answered yet. The answer will appear here.',
  satisfactionQuestion: 'Are you satisfied with the answer?',
  satisfied: 'Yes, satisfied',
  dissatisfied: 'No, not satisfied',
  dissatisfiedHelp: 'If not, the department looks at it again and answers once more.',
  saidSatisfied: 'You said the answer satisfied you. Thank you.',
  saidDissatisfied: 'You said the answer did not satisfy you. The department will look at it again and answer.',
  contactKept:
    'The contact details you left are deleted once the set time after handling has passed. You can delete them now.',
  deleteContact: 'Delete my contact details',
  contactDeleted: 'Your contact details are deleted. The answer can now be read only on this page.',
  contactGone: 'Your contact details have been deleted.',
  refusedAction: 'That cannot be done at this step. Reload the page.',
  lookingUp: 'Looking it up.',
  unreachable: 'The status could not be fetched. Check your connection and try again.',
  tryAgain: 'Try again',
  required: (field: string) => `Enter the ${field.toLowerCase()}.`,
  confirmDelete: 'Once deleted, the answer cannot reach you by e-mail or phone. Delete them?',
  confirmDeleteYes: 'Yes, delete them',
  cancel: 'Keep them',
};

/** The widget's languages: a visitor who rated in one follows the case in it. */
export type StatusLanguage = LocaleCode;
export const statusCatalogues: Record<StatusLanguage, StatusMessages> = { ko, en, ja, zh, vi };
