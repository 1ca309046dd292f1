import type { CacheUpdate } from '../../../lib/api';
import type { VersionedStatusReport } from './getStatusReport';
import { meetingKeys, statusReportKeys } from './queryKeys';

/** After a change of a report: the report as answered, the forum's list and the meetings (the linked point). */
export const statusReportSaved = {
  versioned: 'report',
  set: (updated) => statusReportKeys.detail(updated.report.id),
  invalidate: (updated) => [statusReportKeys.ofForum(updated.report.forum.id), meetingKeys.all],
} as const satisfies CacheUpdate<unknown, VersionedStatusReport> & { versioned: 'report' };
