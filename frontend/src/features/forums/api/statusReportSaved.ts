import type { StatusReport } from '../types';
import type { Saved } from '../../../lib/api';
import { meetingKeys, statusReportKeys } from './queryKeys';

/** After a change of a report: the report as answered, the forum's list and the meetings (the linked point). */
export const statusReportSaved = {
  versioned: 'report',
  set: (updated) => statusReportKeys.detail(updated.report.id),
  invalidate: (updated) => [statusReportKeys.ofForum(updated.report.forum.id), meetingKeys.all],
} as const satisfies Saved<'report', StatusReport>;
