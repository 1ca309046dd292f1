import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Loaded,
  refetched,
  ServerForm,
  type Snapshot,
  VersionedEdit,
  type SessionFormStart,
} from '../../../components';
import { Alert, PageHeading, RadioGroup } from '../../../design-system';
import { etagOfVersion, type Schemas } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { usePreferences } from '../api/getPreferences';
import { useSetPreferences } from '../api/setPreferences';
import { categories, frequencies, type Category, type Frequency } from '../types';

type Preferences = Schemas['PreferencesDto'];

/** What the form edits: per category how mail comes. */
type PreferenceValues = Record<Category, Frequency>;

/** The choices read as an edit snapshot: a category not chosen yet comes at once. */
function preferencesSnapshot(read: Preferences): Snapshot<PreferenceValues> {
  const stored = new Map(read.preferences.map((p) => [p.category, p.frequency]));
  return {
    input: Object.fromEntries(
      categories.map((category) => [category, stored.get(category) ?? 'IMMEDIATELY']),
    ) as PreferenceValues,
    etag: etagOfVersion(read.version),
  };
}

/**
 * Per category: mail at once, in a daily or weekly digest (one mail), or not at all. When my choices were saved
 * elsewhere meanwhile (another tab, an unsubscribe link), the conflict screen shows them beside mine (412), to
 * re-apply mine or start again from them.
 */
export function PreferencesPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const preferences = usePreferences(auth.authenticated);
  const save = useSetPreferences();
  const [saved, setSaved] = useState(false);
  const labelOf = (field: string) => t(`notifications.category.${field as Category}`);
  return (
    <>
      <PageHeading>{t('notifications.preferences.title')}</PageHeading>
      <p className="lead">{t('notifications.preferences.intro')}</p>
      {!auth.authenticated ? (
        <p>{t('notifications.loginFirst')}</p>
      ) : (
        <Loaded query={preferences}>
          {(read) => (
            <>
              {saved && <Alert tone="success" focusOnMount title={t('notifications.preferences.saved')} />}
              <VersionedEdit
                read={read}
                readAgain={() => refetched(preferences)}
                snapshotOf={preferencesSnapshot}
                save={async (values, etag) => {
                  const next = await save.mutateAsync({
                    preferences: categories.map((category) => ({ category, frequency: values[category] })),
                    etag,
                  });
                  setSaved(true);
                  return preferencesSnapshot(next);
                }}
                fields={categories}
                labelOf={labelOf}
                describe={(_, value) => t(`notifications.frequency.${value as Frequency}`)}
                renderForm={(start, session) => (
                  <PreferencesForm
                    {...start}
                    labelOf={labelOf}
                    onChange={() => setSaved(false)}
                    onSave={session.submit}
                  />
                )}
              />
            </>
          )}
        </Loaded>
      )}
    </>
  );
}

function PreferencesForm({
  labelOf,
  initialInput,
  onChange,
  onSave,
  ...start
}: SessionFormStart<PreferenceValues> & {
  labelOf: (field: string) => string;
  onChange: () => void;
  onSave: (values: PreferenceValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(initialInput);
  const [changed, setChanged] = useState(false);
  return (
    <ServerForm
      form="preferences"
      fields={[]}
      labelOf={(field) => {
        const match = /^preferences\[(\d+)\]/.exec(field);
        const category = match ? categories.at(Number(match[1])) : undefined;
        return category ? labelOf(category) : t('notifications.preferences.title');
      }}
      {...start}
      requiredHint={false}
      isDirty={changed}
      submitLabel={t('notifications.preferences.save')}
      onSubmit={async () => {
        await onSave(chosen);
        setChanged(false);
      }}
    >
      {categories.map((category) => (
        <RadioGroup
          key={category}
          label={labelOf(category)}
          orientation="horizontal"
          value={chosen[category]}
          onChange={(value) => {
            onChange();
            setChanged(true);
            setChosen({ ...chosen, [category]: value as Frequency });
          }}
          options={frequencies.map((frequency) => ({
            id: frequency,
            label: t(`notifications.frequency.${frequency}`),
          }))}
        />
      ))}
    </ServerForm>
  );
}
