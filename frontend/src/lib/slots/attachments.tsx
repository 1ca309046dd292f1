import { createContext, createElement, useContext, type ComponentType } from 'react';

export type AttachmentOwnerType = 'AGREEMENT' | 'MEETING' | 'AGENDA_ITEM' | 'STATUS_REPORT' | 'FOLLOW_UP_ROUND';

export type AttachmentsProps = {
  ownerType: AttachmentOwnerType;
  ownerId: string;
  /** The level of the section's heading, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
};

/**
 * Where a page shows the documents attached to what it shows. The app provides the documents feature's section, so
 * that the owning features show attachments without importing another feature; without a provider nothing shows.
 */
export const AttachmentsContext = createContext<ComponentType<AttachmentsProps> | null>(null);

export function Attachments(props: AttachmentsProps) {
  const Section = useContext(AttachmentsContext);
  // The section is the one component the app provides for the whole session, not one made while rendering.
  return Section ? createElement(Section, props) : null;
}
