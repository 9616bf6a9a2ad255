// The rows the manager-facing tests seed, and the credentials they use. Every figure the tests
// expect is worked out from these rows in the comments beside the assertions.
import { payload } from './helpers.mjs';

export const managerConfig = { rateLimit: 1000, adminUser: 'manager', adminPassword: '친절-2026-관리자-암호' };
/** HTTP Basic credentials of that account, as a script on the manager API sends them. */
export const auth = {
  Authorization: `Basic ${Buffer.from(`manager:${managerConfig.adminPassword}`).toString('base64')}`,
};

export const seeded = [
  {
    department: '민원여권과',
    staffId: 'A-102',
    staffName: '김민원',
    channel: 'visit',
    value: 5,
    max: 5,
    comment: '끝까지 설명해 주셨어요',
  },
  { department: '민원여권과', staffId: 'A-102', staffName: '김민원', channel: 'visit', value: 4, max: 5, comment: '' },
  {
    department: '민원여권과',
    staffId: 'A-103',
    staffName: '이친절',
    channel: 'phone',
    value: 1,
    max: 5,
    comment: '=HYPERLINK("http://evil")',
  },
  {
    department: '세무과',
    staffId: 'B-201',
    staffName: '박세무',
    channel: 'online',
    value: 2,
    max: 2,
    comment: '+좋아요, "감사"합니다',
  },
  {
    department: '세무과',
    staffId: 'B-201',
    staffName: '박세무',
    channel: 'online',
    value: 1,
    max: 2,
    comment: '-대기 시간이\n길었어요',
  },
];

export function toPayload(row) {
  const scale = row.max === 2 ? 'thumbs2' : 'faces5';
  return payload({
    rating: { value: row.value, max: row.max, scale, label: `label ${row.value}` },
    comment: row.comment,
    subject: { department: row.department, staffId: row.staffId, staffName: row.staffName, channel: row.channel },
  });
}
