import { useTranslation } from 'react-i18next';
import { Alert } from '../../../design-system';

export type ErrorSummaryProps = {
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
export function ErrorSummary({ errors, labelOf, anchorOf }: ErrorSummaryProps) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" title={t('organisations.form.errorSummary', { count: errors.length })} focusOnMount>
      <p>{t('organisations.form.errorSummaryHint')}</p>
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
