import { useEffect, useRef } from 'react';
import './PageHeading.css';

let focusRequested = false;

/**
 * Asks the next page heading to take keyboard focus, so that after a client-side navigation screen readers
 * start reading at the new page's title. The heading that is already shown takes it at once.
 */
export function requestHeadingFocus(): void {
  focusRequested = true;
  const heading = document.querySelector<HTMLElement>('[data-page-heading]');
  if (heading) {
    focusRequested = false;
    heading.focus();
  }
}

export type PageHeadingProps = {
  children: string;
  /** Title of the browser tab; the heading plus the site name by default. */
  documentTitle?: string;
  siteName?: string;
};

/** The page's h1: sets the document title and takes focus after navigation. */
export function PageHeading({ children, documentTitle, siteName = 'Samverkan' }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle ?? (children === siteName ? siteName : `${children} – ${siteName}`);
  }, [children, documentTitle, siteName]);
  useEffect(() => {
    if (focusRequested) {
      focusRequested = false;
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="ds-page-heading" data-page-heading="">
      {children}
    </h1>
  );
}
