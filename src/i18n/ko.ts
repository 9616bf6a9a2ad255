import type { CoreMessages } from './messages.js';

/** Korean, in the plain polite register (해요체) that Korean public-service notices use. */
export const ko: CoreMessages = {
  question: '직원의 응대는 얼마나 친절했나요?',
  staffLabel: '담당 직원: {name}',
  unavailable: '지금은 의견을 받을 수 없어요. 잠시 후 다시 이용해 주세요.',

  scale5: ['매우 불친절해요', '불친절해요', '보통이에요', '친절해요', '매우 친절해요'],
  scale3: ['불친절해요', '보통이에요', '친절해요'],
  thumbs: ['아쉬워요', '좋아요'],

  aspectsQuestion: '어떤 점이 기억에 남나요? (여러 개 골라도 돼요)',
  aspectNames: {
    attitude: '태도',
    explanation: '설명',
    speed: '처리 속도',
    waiting: '대기 시간',
    facilities: '시설',
    accuracy: '정확한 처리',
  },

  commentLabel: '하고 싶은 말씀',
  optional: '(선택)',
  required: '(필수)',
  commentHint: '이름, 연락처 같은 개인정보는 적지 말아 주세요.',
  commentHintWhenLow: '아쉬운 점을 골랐다면 어떤 점이 아쉬웠는지 꼭 적어 주세요.',
  counter: '{count}/{max}자',
  piiMask: '개인정보로 보이는 내용({kinds})은 * 표로 가려서 보내요.',
  piiWarn: '개인정보로 보이는 내용({kinds})이 있어요. 지우고 보내 주세요.',
  piiKinds: { rrn: '주민등록번호', phone: '전화번호', email: '이메일 주소', card: '카드 번호' },
  counterRemaining: '{remaining}자 더 쓸 수 있어요.',
  counterOver: '{over}자가 넘었어요.',

  submit: '보내기',
  sending: '보내는 중…',
  sent: '소중한 의견 감사합니다. 잘 전달되었어요.',
  sendAnother: '새 의견 쓰기',
  queued: '지금은 보내지 못해 이 기기에 저장해 두었어요. 연결되면 자동으로 보내 드릴게요.',

  errorRatingRequired: '친절한 정도를 골라 주세요.',
  errorCommentRequired: '하고 싶은 말씀을 적어 주세요.',
  errorCommentTooLong: '{max}자까지 쓸 수 있어요. {over}자를 줄여 주세요.',
  errorSummary: '보내기 전에 고칠 곳이 있어요.',

  failedTimeout: '서버가 제때 응답하지 않아 보내지 못했어요.',
  failedNetwork: '서버에 연결하지 못해 보내지 못했어요. 인터넷 연결을 확인해 주세요.',
  failedRejected: '서버가 이 의견을 받지 않았어요 (오류 {status}). 내용을 확인해 주세요.',
  failedServer: '서버에 문제가 있어 보내지 못했어요 (오류 {status}). 잠시 후 다시 보내 주세요.',
  failedToken: '보안 확인을 받지 못해 보내지 못했어요. 잠시 후 다시 보내 주세요.',
  failedKept: '적으신 내용은 그대로 있어요.',
  failedLoad: '이 양식의 일부를 불러오지 못해 보내지 못했어요.',
  queuedLoad:
    '이 양식의 일부를 불러오지 못해 아직 보내지 못했어요. 적으신 내용은 이 기기에 저장해 두었다가 이 사이트에서 양식이 제대로 열리면 보내 드릴게요.',

  launcher: '친절도 평가하기',

  notPetition: '이 평가는 설문 응답이라 따로 답변을 드리지 않아요.',
  complaintLink: '답변이 필요한 민원은 여기에서 신청해 주세요',
  opensInNewTab: '(새 창)',
};
