import { toAgreement, toMeeting, toRound, toStatusReport } from '../../../lib/links';
import type { DocumentOwner } from '../types';

/** Where the page of what a document is attached to is. */
export function ownerHref(owner: DocumentOwner): string {
  switch (owner.type) {
    case 'AGREEMENT':
      return toAgreement({ id: owner.id });
    case 'MEETING':
      return toMeeting({ id: owner.id });
    case 'AGENDA_ITEM':
      return toMeeting({ id: owner.parentId ?? '' });
    case 'STATUS_REPORT':
      return toStatusReport({ id: owner.id });
    case 'FOLLOW_UP_ROUND':
      return toRound({ roundId: owner.id });
  }
}

/** A file size for people: "840 kB", "12,4 MB". */
export function fileSize(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'kB');
  return format(bytes / (1024 * 1024), 'MB');
}

/** A language's name in the interface's language ("svenska", "Swedish"). */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The short type of a file for people: PDF, Word, Excel … */
export function fileTypeName(mediaType: string): string {
  if (mediaType === 'application/pdf') return 'PDF';
  if (mediaType.includes('wordprocessingml') || mediaType === 'application/msword') return 'Word';
  if (mediaType.includes('spreadsheetml') || mediaType === 'application/vnd.ms-excel') return 'Excel';
  if (mediaType.includes('presentationml') || mediaType === 'application/vnd.ms-powerpoint') return 'PowerPoint';
  if (mediaType.startsWith('application/vnd.oasis.opendocument')) return 'OpenDocument';
  if (mediaType === 'text/csv') return 'CSV';
  if (mediaType === 'image/png') return 'PNG';
  if (mediaType === 'image/jpeg') return 'JPEG';
  return mediaType;
}
