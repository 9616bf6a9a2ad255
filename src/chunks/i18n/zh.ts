import type { CoreMessages, ReceiptMessages } from '../../i18n/messages.js';

/** Simplified Chinese (also used for other Chinese tags: the nearer of the two to a Chinese reader). */
/** With the thank-you's receipt lines, which Korean pages get with the delivery chunk instead. */
export const zh: CoreMessages & ReceiptMessages = {
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
  check: '查询码：{check}',
  followLink: '查看处理进度',
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
  failedLoad: '表单的一部分未能加载，因此未能发送。',
  queuedLoad: '表单的一部分未能加载，因此尚未发送。您填写的内容已保存在此设备上，待本网站的表单完整加载后将自动发送。',

  launcher: '评价服务',

  notPetition: '本评价属于问卷回答，不会单独回复。',
  complaintLink: '需要正式答复的投诉请在此提交',
  opensInNewTab: '（在新标签页中打开）',
};
