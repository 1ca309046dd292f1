import { Alert } from './Alert';

export type ErrorSummaryProps = {
  /** E.g. "Formuläret innehåller 2 fel". */
  title: string;
  /** E.g. "Rätta felen och spara igen." */
  hint: string;
  /** Field → message, in the order to list them. */
  errors: [field: string, message: string][];
  labelOf: (field: string) => string;
  /** The id of the element holding a field, or undefined when the form has no such field. */
  anchorOf: (field: string) => string | undefined;
};

function focusField(containerId: string) {
  const container = document.getElementById(containerId);
  const control = container?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button');
  container?.scrollIntoView({ block: 'center' });
  control?.focus();
}

/** The list of errors at the top of a form, each linking to its field; it takes focus when it appears. */
export function ErrorSummary({ title, hint, errors, labelOf, anchorOf }: ErrorSummaryProps) {
  return (
    <Alert tone="error" title={title} focusOnMount>
      <p>{hint}</p>
      <ul>
        {errors.map(([field, message]) => {
          const anchor = anchorOf(field);
          const text = `${labelOf(field)}: ${message}`;
          return (
            <li key={field}>
              {anchor ? (
                <a
                  href={`#${anchor}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(anchor);
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
