import { useTranslation } from 'react-i18next';
import { Select } from '../../../design-system';
import type { TaskQuery } from '../api/getMyTasks';
import { taskStates, type TaskKind, type TaskState } from '../types';

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
      <Select
        label={t('overview.filters.kind')}
        emptyOption={t('overview.filters.allKinds')}
        options={kinds.map((kind) => ({ id: kind, label: t(`overview.kind.${kind}`) }))}
        value={value.kind ?? null}
        onChange={(kind) => onChange({ ...value, kind: (kind as TaskKind | null) ?? undefined })}
      />
      <Select
        label={t('overview.filters.state')}
        emptyOption={t('overview.filters.allStates')}
        options={taskStates.map((state) => ({ id: state, label: t(`overview.state.${state}`) }))}
        value={value.state ?? null}
        onChange={(state) => onChange({ ...value, state: (state as TaskState | null) ?? undefined })}
      />
    </div>
  );
}
