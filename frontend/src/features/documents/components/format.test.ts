import { describe, expect, it } from 'vitest';
import { fileSize, fileTypeName, ownerHref } from './format';

describe('document formatting', () => {
  it('says sizes and types as people do', () => {
    expect(fileSize(840 * 1024, 'sv')).toBe('840 kB');
    expect(fileSize(12.4 * 1024 * 1024, 'sv')).toBe('12 MB');
    expect(fileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(fileTypeName('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word');
  });

  it('leads an agenda item to its meeting', () => {
    expect(ownerHref({ type: 'AGENDA_ITEM', id: 'i', title: 'Punkt', parentId: 'm' })).toBe('/meetings/m');
    expect(ownerHref({ type: 'FOLLOW_UP_ROUND', id: 'r', title: 'Uppföljning' })).toBe('/follow-up/rounds/r');
  });
});
