import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationOptions } from '../../../components';
import { Button, CheckboxGroup, RadioGroup, SearchComboBox } from '../../../design-system';
import type { SurveyInput } from '../types';

/** Who is asked: the default (every municipality of the county, or of the country, and the region if wanted) or a list. */
export type Recipients = {
  mode: 'default' | 'chosen';
  includeRegion: boolean;
  chosen: { id: string; name: string }[];
};

/** The survey input's part: without recipientIds the server asks the default recipients. */
export function recipientsInput(recipients: Recipients): Pick<SurveyInput, 'includeRegion' | 'recipientIds'> {
  return {
    includeRegion: recipients.includeRegion,
    recipientIds: recipients.mode === 'default' ? undefined : recipients.chosen.map((organisation) => organisation.id),
  };
}

/** Choosing the recipients: the default, or organisations found with the shared organisation search. */
export function RecipientsField({
  value,
  onChange,
  national,
}: {
  value: Recipients;
  onChange: (value: Recipients) => void;
  national: boolean;
}) {
  const { t } = useTranslation();
  // A new search field after each choice, so that it is empty for the next one.
  const [added, setAdded] = useState(0);
  const remove = (id: string) =>
    onChange({ ...value, chosen: value.chosen.filter((organisation) => organisation.id !== id) });
  return (
    <div className="survey-recipients">
      <RadioGroup
        label={t('surveys.recipientsField.label')}
        options={[
          {
            id: 'default',
            label: national ? t('surveys.recipientsField.allNational') : t('surveys.recipientsField.allCounty'),
          },
          { id: 'chosen', label: t('surveys.recipientsField.chosen') },
        ]}
        value={value.mode}
        onChange={(mode) => onChange({ ...value, mode: mode === 'chosen' ? 'chosen' : 'default' })}
      />
      {value.mode === 'default' ? (
        <CheckboxGroup
          label={t('surveys.recipientsField.regionLabel')}
          options={[{ id: 'region', label: t('surveys.recipientsField.includeRegion') }]}
          value={value.includeRegion ? ['region'] : []}
          onChange={(chosen) => onChange({ ...value, includeRegion: chosen.includes('region') })}
        />
      ) : (
        <>
          <p role="status">{t('surveys.recipientsField.count', { count: value.chosen.length })}</p>
          <ul className="survey-recipient-list" aria-label={t('surveys.recipientsField.listLabel')}>
            {value.chosen.map((organisation) => (
              <li key={organisation.id}>
                {organisation.name}{' '}
                <Button variant="secondary" onPress={() => remove(organisation.id)}>
                  {t('surveys.editor.remove')}
                  <span className="visually-hidden">{` ${organisation.name}`}</span>
                </Button>
              </li>
            ))}
          </ul>
          <SearchComboBox
            key={added}
            label={t('surveys.recipientsField.add')}
            emptyText={t('surveys.recipientsField.noMatch')}
            value={null}
            valueLabel=""
            onChange={(id, label) => {
              if (id === null) return;
              // The search shows "name (county)"; the list shows the name.
              const name = label.replace(/ \([^)]*\)$/, '');
              if (!value.chosen.some((organisation) => organisation.id === id))
                onChange({ ...value, chosen: [...value.chosen, { id, name }] });
              setAdded((n) => n + 1);
            }}
            useOptions={useOrganisationOptions}
          />
        </>
      )}
    </div>
  );
}
