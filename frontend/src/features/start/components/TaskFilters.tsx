import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../../components';
import type { TaskQuery } from '../api/getMyTasks';
import { taskStates, type TaskKind } from '../types';

/** Kind and open/done; "all" clears a filter. */
export function TaskFilters({
  kinds,
  value,
  onChange,
}: {
  kinds: readonly TaskKind[];
  value: TaskQuery;
  onChange: (value: TaskQuery) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filters">
      <ChoiceFilter
        label={t('overview.filters.kind')}
        allLabel={t('overview.filters.allKinds')}
        choices={kinds}
        choiceLabel={(kind) => t(`overview.kind.${kind}`)}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      <ChoiceFilter
        label={t('overview.filters.state')}
        allLabel={t('overview.filters.allStates')}
        choices={taskStates}
        choiceLabel={(state) => t(`overview.state.${state}`)}
        value={value.state}
        onChange={(state) => onChange({ ...value, state })}
      />
    </div>
  );
}
