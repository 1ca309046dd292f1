import type { ReactNode } from 'react';

/** The id of the element around a field, for the error summary's links (`legalBasis[0].sfs` → `…-legalBasis-0-sfs`). */
export function fieldAnchor(form: string, field: string): string {
  return `${form}-field-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** The wrapper of one field: the error summary links to it, tests find it by `data-field`. */
export function FormField({ form, name, children }: { form: string; name: string; children: ReactNode }) {
  return (
    <div id={fieldAnchor(form, name)} data-field={name}>
      {children}
    </div>
  );
}
