import type { Messages } from './messages.js';

/** Simplified Chinese (also used for other Chinese tags: the nearer of the two to a Chinese reader). */
export const zh: Messages = {
  question: '工作人员的接待态度是否亲切？',
  staffLabel: '接待人员：{name}',
  unavailable: '目前无法提交意见，请稍后再试。',

  scale5: ['非常不亲切', '不亲切', '一般', '亲切', '非常亲切'],
  scale3: ['不亲切', '一般', '亲切'],
  thumbs: ['不太满意', '满意'],

  aspectsQuestion: '哪些方面令您印象深刻？（可多选）',
  aspectNames: {
    attitude: '态度',
    explanation: '解释说明',
    speed: '办理速度',
    waiting: '等候时间',
    facilities: '设施',
    accuracy: '办理准确',
  },

  commentLabel: '您的意见',
  optional: '（选填）',
  required: '（必填）',
  commentHint: '请不要填写姓名、电话号码等个人信息。',
  commentHintWhenLow: '如果您选择了不满意，请写下哪里不满意。',
  counter: '{count}/{max}字',
  piiMask: '疑似个人信息的内容（{kinds}）将在发送时用 * 遮盖。',
  piiWarn: '内容中有疑似个人信息（{kinds}），请删除后再发送。',
  piiKinds: { rrn: '居民登记号码', phone: '电话号码', email: '电子邮箱', card: '银行卡号' },
  counterRemaining: '还可以输入{remaining}字。',
  counterOver: '已超出{over}字。',

  submit: '发送',
  sending: '正在发送…',
  sent: '感谢您的宝贵意见，已成功提交。',
  receipt: '受理编号：{receipt}',
  sendAnother: '填写新的意见',
  queued: '暂时无法发送，已保存在本设备上，联网后将自动发送。',

  errorRatingRequired: '请选择亲切程度。',
  errorCommentRequired: '请填写您的意见。',
  errorCommentTooLong: '最多可输入{max}字，请删减{over}字。',
  errorSummary: '发送前有需要修改的地方。',

  failedTimeout: '服务器未及时响应，发送失败。',
  failedNetwork: '无法连接服务器，发送失败。请检查网络连接。',
  failedRejected: '服务器未接受此意见（错误 {status}），请检查内容。',
  failedServer: '服务器出现问题，发送失败（错误 {status}）。请稍后再试。',
  failedToken: '安全验证未完成，未发送任何内容。请稍后再试。',
  failedKept: '您填写的内容仍然保留。',

  contactConsent: '留下联系方式以便回复。我同意以下个人信息的收集和使用。（选填）',
  contactNoticeTitle: '个人信息收集和使用说明',
  contactPurpose: '目的：为确认您的意见内容或告知处理结果而与您联系',
  contactItems: '项目：姓名、电话号码、电子邮箱中您填写的内容',
  contactRetention: '保存期限：意见处理完毕后1年，之后立即销毁',
  contactRefusal: '您可以不同意。不同意时将无法接收联系，但仍可发送意见。',
  privacyLink: '个人信息处理方针',
  contactName: '姓名',
  contactPhone: '电话号码',
  contactEmail: '电子邮箱',
  contactNeedOne: '请至少填写电话号码或电子邮箱中的一项。',
  contactEmailInvalid: '请检查电子邮箱地址，例如：name@example.com',
  contactPhoneInvalid: '请检查电话号码，例如：010-1234-5678',

  launcher: '评价服务',
  close: '关闭',
  kioskResetSoon: '{seconds}秒后将返回初始画面。',
  kioskIdle: '您还在填写吗？{seconds}秒后将返回初始画面。',
  kioskContinue: '继续填写',

  notPetition: '本评价属于问卷回答，不会单独回复。',
  complaintLink: '需要正式答复的投诉请在此提交',
  opensInNewTab: '（在新标签页中打开）',
};
