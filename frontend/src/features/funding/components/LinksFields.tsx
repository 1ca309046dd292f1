import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Select } from '../../../design-system';
import { useAgreementGoalAreas, useCountyAgreements } from '../api/getGoalAreaChoices';
import { targetGroups, type Links, type StrategyRef, type TargetGroup } from '../types';

/** What money serves, as the inputs send it. */
export type LinksValue = { goalAreaIds: string[]; strategies: StrategyRef[]; targetGroups: TargetGroup[] };

export const emptyLinks: LinksValue = { goalAreaIds: [], strategies: [], targetGroups: [] };

export function linksValueOf(links: Links): LinksValue {
  return {
    goalAreaIds: links.goalAreas.map((area) => area.id),
    strategies: links.strategies.map(({ goalAreaId, index }) => ({ goalAreaId, index })),
    targetGroups: [...links.targetGroups],
  };
}

/** The links an input holds, each list empty when it holds none. */
export function linksValueOfInput(input: Partial<LinksValue>): LinksValue {
  return {
    goalAreaIds: input.goalAreaIds ?? [],
    strategies: input.strategies ?? [],
    targetGroups: input.targetGroups ?? [],
  };
}

const strategyKey = (ref: StrategyRef) => `${ref.goalAreaId}:${String(ref.index)}`;

/**
 * Goal areas, strategies and target groups: goal areas are chosen from one of the county's agreements at a time;
 * what is already linked stays listed (by the name it has now), so nothing is lost by changing the agreement.
 */
export function LinksFields({
  idPrefix,
  county,
  value,
  onChange,
  known,
}: {
  idPrefix: string;
  county: string | undefined;
  value: LinksValue;
  onChange: (value: LinksValue) => void;
  /** The stored links, for the names of what is linked already. */
  known?: Links;
}) {
  const { t } = useTranslation();
  const agreements = useCountyAgreements(county);
  const [agreementId, setAgreementId] = useState<string | null>(known?.goalAreas[0]?.agreementId ?? null);
  const chosen = useAgreementGoalAreas(agreementId);
  const loadedAreas = chosen.data?.goalAreas ?? [];
  const areaOptions = new Map<string, string>();
  for (const area of known?.goalAreas ?? []) {
    areaOptions.set(area.id, `${area.number ? `${area.number} ` : ''}${area.title} (${area.agreementTitle})`);
  }
  for (const area of loadedAreas) {
    areaOptions.set(area.id, `${area.number ? `${area.number} ` : ''}${area.title}`);
  }
  const strategyOptions = new Map<string, string>();
  for (const strategy of known?.strategies ?? []) {
    strategyOptions.set(strategyKey(strategy), strategy.text ?? t('funding.project.strategyGone'));
  }
  for (const area of loadedAreas.filter((a) => value.goalAreaIds.includes(a.id))) {
    area.strategies.forEach((text, index) => strategyOptions.set(strategyKey({ goalAreaId: area.id, index }), text));
  }
  const set = (change: Partial<LinksValue>) => onChange({ ...value, ...change });
  return (
    <fieldset className="funding-links">
      <legend>{t('funding.links.legend')}</legend>
      <Select
        label={t('funding.links.agreement')}
        description={t('funding.links.agreementHelp')}
        emptyOption={t('funding.links.noAgreement')}
        options={(agreements.data ?? []).map((agreement) => ({ id: agreement.id, label: agreement.title }))}
        value={agreementId}
        onChange={setAgreementId}
      />
      {areaOptions.size > 0 && (
        <CheckboxGroup
          name={`${idPrefix}goalAreaIds`}
          label={t('funding.field.goalAreaIds')}
          options={[...areaOptions].map(([id, label]) => ({ id, label }))}
          value={value.goalAreaIds}
          onChange={(goalAreaIds) =>
            set({
              goalAreaIds,
              strategies: value.strategies.filter((s) => goalAreaIds.includes(s.goalAreaId)),
            })
          }
        />
      )}
      {strategyOptions.size > 0 && (
        <CheckboxGroup
          name={`${idPrefix}strategies`}
          label={t('funding.field.strategies')}
          options={[...strategyOptions].map(([id, label]) => ({ id, label }))}
          value={value.strategies.map(strategyKey)}
          onChange={(keys) =>
            set({
              strategies: keys.map((key) => {
                const [goalAreaId = '', index = '0'] = key.split(':');
                return { goalAreaId, index: Number(index) };
              }),
            })
          }
        />
      )}
      <CheckboxGroup
        name={`${idPrefix}targetGroups`}
        label={t('funding.field.targetGroups')}
        options={targetGroups.map((group) => ({ id: group, label: t(`targetGroup.${group}`) }))}
        value={value.targetGroups}
        onChange={(groups) =>
          set({ targetGroups: groups.filter((g): g is TargetGroup => targetGroups.includes(g as TargetGroup)) })
        }
      />
    </fieldset>
  );
}
