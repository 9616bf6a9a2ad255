// Read queries shared by SQLite and PostgreSQL; `dialect` supplies what differs (placeholders,
// the calendar day of a timestamp).

/**
 * The kindness index of a group: the mean of its ratings, each scaled to 0–100 as
 * (value − 1) / (max − 1) × 100, so that 5 of 5, 3 of 3 and 좋아요 (2 of 2) are 100 and the lowest
 * choice of any scale is 0. Scales can then be mixed in one index.
 */
export const KINDNESS = 'AVG((rating_value - 1) * 100.0 / (rating_max - 1))';

/** What a report can be grouped by: a whitelist, so that no request text reaches the SQL. */
export const groupings = {
  department: { key: 'department', label: 'department' },
  staff: { key: 'staff_id', label: 'MAX(staff_name)' },
  service: { key: 'service', label: 'service' },
  channel: { key: 'channel', label: 'channel' },
  day: { key: null, label: null },
};

export function statsQuery(dialect, by) {
  const grouping = groupings[by];
  const key = grouping.key ?? dialect.day('received_at');
  const label = grouping.label ?? key;
  return `SELECT ${key} AS key, ${label} AS label, COUNT(*) AS responses, ${KINDNESS} AS kindness,
      SUM(CASE WHEN rating_value = rating_max THEN 1 ELSE 0 END) AS top,
      SUM(CASE WHEN rating_value * 2 <= rating_max THEN 1 ELSE 0 END) AS low
    FROM submissions
    WHERE received_at >= ${dialect.param(1)} AND received_at < ${dialect.param(2)}
    GROUP BY ${key}
    ORDER BY ${by === 'day' ? 'key' : 'responses DESC, key'}`;
}

export function exportQuery(dialect) {
  return `SELECT receipt, received_at, created_at, rating_value, rating_max, scale, rating_label,
      CASE WHEN hidden THEN '' ELSE comment END AS comment, hidden,
      service, department, staff_id, staff_name, channel, locale
    FROM submissions
    WHERE received_at >= ${dialect.param(1)} AND received_at < ${dialect.param(2)}
    ORDER BY received_at`;
}

/** Rows as the API answers them, whichever driver read them. */
export function statsRow(row) {
  return {
    key: row.key,
    label: row.label,
    responses: Number(row.responses),
    kindness: row.kindness === null ? null : Math.round(Number(row.kindness) * 10) / 10,
    top: Number(row.top),
    low: Number(row.low),
  };
}
