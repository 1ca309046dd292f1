import type { ReactNode, RefObject } from 'react';
import { Button } from './Button';
import './ListEditorFrame.css';

export type ListEditorFrameProps = {
  containerRef: RefObject<HTMLFieldSetElement | null>;
  labels: { legend: string; description?: string; empty: string; add: string };
  isEmpty: boolean;
  onAdd: () => void;
  announcement: string;
  /** The `<ol>` of entries. */
  children: ReactNode;
};

/** What every list editor has around its entries: the group's name, the empty state, the add button, the announcer. */
export function ListEditorFrame({
  containerRef,
  labels,
  isEmpty,
  onAdd,
  announcement,
  children,
}: ListEditorFrameProps) {
  const { legend, description, empty, add } = labels;
  return (
    <fieldset className="ds-list-editor" ref={containerRef}>
      <legend className="ds-label">{legend}</legend>
      {description && <p className="ds-description">{description}</p>}
      {isEmpty ? <p className="ds-list-editor-empty">{empty}</p> : <ol className="ds-list-editor-items">{children}</ol>}
      <Button data-control="add" onPress={onAdd}>
        <span aria-hidden="true">+ </span>
        {add}
      </Button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
