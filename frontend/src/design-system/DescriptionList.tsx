import type { ReactNode } from 'react';
import './DescriptionList.css';

export type DescriptionItem = { term: string; description: ReactNode };

/** Label/value pairs of one thing (a `<dl>`); empty values are shown with the given placeholder. */
export function DescriptionList({ items, emptyValue }: { items: DescriptionItem[]; emptyValue: string }) {
  return (
    <dl className="ds-description-list">
      {items.map(({ term, description }) => (
        <div key={term} className="ds-description-list-row">
          <dt>{term}</dt>
          <dd>{description === null || description === undefined || description === '' ? emptyValue : description}</dd>
        </div>
      ))}
    </dl>
  );
}
