import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../design-system';
import { useErrorMessage } from '../../../components';
import { downloadDocument } from '../api/downloadDocument';
import '../styles.css';

/** Downloads one version of a file; a refusal is said next to the button. */
export function DownloadButton({
  id,
  fileName,
  version,
  label,
}: {
  id: string;
  fileName: string;
  version?: number;
  label: string;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  return (
    <span className="document-download">
      <Button
        variant="secondary"
        isDisabled={busy}
        onPress={() => {
          setError(undefined);
          setBusy(true);
          downloadDocument(id, fileName, version)
            .catch((caught: unknown) => setError(message(caught)))
            .finally(() => setBusy(false));
        }}
      >
        {label}
      </Button>
      <span role="status">{busy ? t('documents.downloading') : (error ?? '')}</span>
    </span>
  );
}
