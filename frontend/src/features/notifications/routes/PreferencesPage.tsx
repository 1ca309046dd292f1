import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form, PageHeading, RadioGroup, Spinner } from '../../../design-system';
import { useAuth } from '../../../lib/auth';
import { usePreferences } from '../api/getPreferences';
import { useSetPreferences } from '../api/setPreferences';
import { categories, frequencies, type Category, type Frequency } from '../types';

/** Per category: mail at once, in a daily or weekly digest (one mail), or not at all. */
export function PreferencesPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const preferences = usePreferences(auth.authenticated);
  const save = useSetPreferences();
  // What the user picked on this page, over what was stored.
  const [edits, setEdits] = useState<Partial<Record<Category, Frequency>>>({});
  const stored: Partial<Record<Category, Frequency>> = Object.fromEntries(
    (preferences.data?.preferences ?? []).map((p) => [p.category, p.frequency]),
  );
  const chosen = { ...stored, ...edits };

  return (
    <>
      <PageHeading>{t('notifications.preferences.title')}</PageHeading>
      <p className="lead">{t('notifications.preferences.intro')}</p>
      {!auth.authenticated ? (
        <p>{t('notifications.loginFirst')}</p>
      ) : preferences.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({
              preferences: categories.map((category) => ({ category, frequency: chosen[category] ?? 'IMMEDIATELY' })),
              version: preferences.data?.version ?? 0,
            });
          }}
        >
          {save.isSuccess && <Alert tone="success" focusOnMount title={t('notifications.preferences.saved')} />}
          {save.isError && <Alert tone="error" title={t('notifications.preferences.failed')} />}
          {categories.map((category) => (
            <RadioGroup
              key={category}
              label={t(`notifications.category.${category}`)}
              orientation="horizontal"
              value={chosen[category] ?? 'IMMEDIATELY'}
              onChange={(value) => setEdits({ ...edits, [category]: value as Frequency })}
              options={frequencies.map((frequency) => ({
                id: frequency,
                label: t(`notifications.frequency.${frequency}`),
              }))}
            />
          ))}
          <Button type="submit" variant="primary" isDisabled={save.isPending}>
            {t('notifications.preferences.save')}
          </Button>
        </Form>
      )}
    </>
  );
}
