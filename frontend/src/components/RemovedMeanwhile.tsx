import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../design-system';

/**
 * In place of a form whose record someone else removed meanwhile: what was removed, that my change is not saved, and
 * reading the list again (focused, so a screen reader hears it where the form was).
 */
export function RemovedMeanwhile({
  title,
  text,
  onReadAgain,
}: {
  title: string;
  text: string;
  onReadAgain: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert tone="warning" title={title} focusOnMount>
      <p>{text}</p>
      <Button variant="primary" onPress={onReadAgain}>
        {t('common.readListAgain')}
      </Button>
    </Alert>
  );
}
