import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A native file input with its label and the rules the server applies to files. */
export const FileField = forwardRef<HTMLInputElement, { label: string }>(function FileField({ label }, ref) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="ds-field">
      <label htmlFor={inputId} className="ds-label">
        {label}
      </label>
      <p id={hintId} className="ds-description">
        {t('documents.form.fileHint')}
      </p>
      <input
        id={inputId}
        ref={ref}
        name="file"
        type="file"
        aria-describedby={hintId}
        accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.csv,.png,.jpg,.jpeg"
      />
    </div>
  );
});
