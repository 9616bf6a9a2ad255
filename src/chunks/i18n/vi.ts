import type { CoreMessages, ReceiptMessages } from '../../i18n/messages.js';

/** Vietnamese, addressing the visitor as "bạn", as Vietnamese public-service web forms commonly do. */
/** With the thank-you's receipt lines, which Korean pages get with the delivery chunk instead. */
export const vi: CoreMessages & ReceiptMessages = {
  question: 'Nhân viên đã phục vụ bạn lịch sự và thân thiện đến mức nào?',
  staffLabel: 'Nhân viên phụ trách: {name}',
  unavailable: 'Hiện không thể nhận ý kiến. Vui lòng thử lại sau.',

  scale5: ['Rất không thân thiện', 'Không thân thiện', 'Bình thường', 'Thân thiện', 'Rất thân thiện'],
  scale3: ['Không thân thiện', 'Bình thường', 'Thân thiện'],
  thumbs: ['Chưa hài lòng', 'Hài lòng'],

  aspectsQuestion: 'Điều gì khiến bạn nhớ nhất? (có thể chọn nhiều)',
  aspectNames: {
    attitude: 'Thái độ',
    explanation: 'Giải thích',
    speed: 'Tốc độ xử lý',
    waiting: 'Thời gian chờ',
    facilities: 'Cơ sở vật chất',
    accuracy: 'Xử lý chính xác',
  },

  commentLabel: 'Ý kiến của bạn',
  optional: '(không bắt buộc)',
  required: '(bắt buộc)',
  commentHint: 'Vui lòng không ghi thông tin cá nhân như họ tên hay số điện thoại.',
  commentHintWhenLow: 'Nếu bạn chưa hài lòng, vui lòng cho biết điều gì chưa tốt.',
  counter: '{count}/{max} ký tự',
  piiMask: 'Nội dung có vẻ là thông tin cá nhân ({kinds}) sẽ được che bằng * khi gửi.',
  piiWarn: 'Có nội dung giống thông tin cá nhân ({kinds}). Vui lòng xóa trước khi gửi.',
  piiKinds: {
    rrn: 'số đăng ký cư trú',
    phone: 'số điện thoại',
    email: 'địa chỉ email',
    card: 'số thẻ',
  },
  counterRemaining: 'Còn có thể viết {remaining} ký tự.',
  counterOver: 'Đã vượt quá {over} ký tự.',

  submit: 'Gửi',
  sending: 'Đang gửi…',
  sent: 'Cảm ơn ý kiến quý báu của bạn. Ý kiến đã được tiếp nhận.',
  receipt: 'Mã tiếp nhận: {receipt}',
  check: 'Mã kiểm tra: {check}',
  followLink: 'Xem tình trạng xử lý',
  sendAnother: 'Viết ý kiến mới',
  queued: 'Hiện chưa gửi được nên ý kiến đã được lưu trên thiết bị này và sẽ tự động gửi khi có kết nối.',

  errorRatingRequired: 'Vui lòng chọn mức độ thân thiện.',
  errorCommentRequired: 'Vui lòng viết ý kiến của bạn.',
  errorCommentTooLong: 'Có thể viết tối đa {max} ký tự. Vui lòng bớt {over} ký tự.',
  errorSummary: 'Có chỗ cần sửa trước khi gửi.',

  failedTimeout: 'Máy chủ không phản hồi kịp nên chưa gửi được.',
  failedNetwork: 'Không kết nối được máy chủ nên chưa gửi được. Vui lòng kiểm tra kết nối mạng.',
  failedRejected: 'Máy chủ không nhận ý kiến này (lỗi {status}). Vui lòng kiểm tra lại nội dung.',
  failedServer: 'Máy chủ gặp sự cố nên chưa gửi được (lỗi {status}). Vui lòng thử lại sau.',
  failedToken: 'Chưa hoàn tất bước kiểm tra bảo mật nên chưa gửi gì. Vui lòng thử lại sau.',
  failedKept: 'Nội dung bạn đã nhập vẫn được giữ nguyên.',
  failedLoad: 'Không tải được một phần của biểu mẫu nên chưa gửi được.',
  queuedLoad:
    'Không tải được một phần của biểu mẫu nên chưa gửi. Nội dung của bạn đã được lưu trên thiết bị này và sẽ được gửi khi biểu mẫu trên trang này tải đầy đủ.',

  launcher: 'Đánh giá dịch vụ',

  notPetition: 'Đánh giá này là câu trả lời khảo sát nên sẽ không có phản hồi riêng.',
  complaintLink: 'Khiếu nại cần trả lời chính thức, vui lòng gửi tại đây',
  opensInNewTab: '(mở trong thẻ mới)',
};
