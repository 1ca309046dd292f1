import { lazy, Suspense } from 'react';
import type { AttachmentsProps } from '../../../lib/slots/attachments';

const DocumentsSection = lazy(() =>
  import('./DocumentsSection').then((module) => ({ default: module.DocumentsSection })),
);

/** The attachments section for the app's slot, loaded with the first page that shows one (not with the first page). */
export function LazyDocumentsSection(props: AttachmentsProps) {
  return (
    <Suspense fallback={null}>
      <DocumentsSection {...props} />
    </Suspense>
  );
}
