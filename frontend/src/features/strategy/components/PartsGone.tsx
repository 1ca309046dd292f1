import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RemovedMeanwhile } from '../../../components';

/** A part whose form's save found it removed by someone else meanwhile, and the text naming it. */
export type GonePart = { id: string; text: string };

type Watch = {
  gone: GonePart | null;
  report: (gone: GonePart | null) => void;
  shown: (id: string) => boolean;
  refresh: () => void;
};

const PartGoneContext = createContext<Watch>({
  gone: null,
  report: () => undefined,
  shown: () => true,
  refresh: () => undefined,
});

/** What a part's form calls when its save found the part removed by someone else meanwhile (412 or 404). */
export function usePartGone() {
  return useContext(PartGoneContext).report;
}

/**
 * A strategy page whose parts' forms may find their part removed by someone else meanwhile: `PartGoneWarning` then
 * says so once the page no longer shows the part (its form goes with it).
 */
export function PartsGone({
  partIds,
  refresh,
  children,
}: {
  /** The ids of the parts the page shows now. */
  partIds: readonly string[];
  /** Reads the page again. */
  refresh: () => void;
  children: ReactNode;
}) {
  const [gone, report] = useState<GonePart | null>(null);
  const watch = { gone, report, shown: (id: string) => partIds.includes(id), refresh };
  return <PartGoneContext.Provider value={watch}>{children}</PartGoneContext.Provider>;
}

/** The focused warning in place of a removed part's form: removed, my change not saved, read the list again. */
export function PartGoneWarning() {
  const { t } = useTranslation();
  const { gone, report, shown, refresh } = useContext(PartGoneContext);
  if (!gone || shown(gone.id)) return null;
  return (
    <RemovedMeanwhile
      title={gone.text}
      text={t('strategy.gone.text')}
      onReadAgain={() => {
        report(null);
        refresh();
      }}
    />
  );
}
