import { useId, type ReactNode } from 'react';
import './TierDiagram.css';

export type TierNode = {
  key: string;
  title: string;
  /** Short lines under the title, e.g. the kind and the convener. */
  lines?: string[];
  /** Arrows to other nodes, said in words ("→ bereder Integrationsrådet"). */
  arrows?: string[];
  /** Smaller boxes inside the node, e.g. working groups. */
  children?: { key: string; title: string; lines?: string[] }[];
};

export type Tier = { key: string; label: string; nodes: TierNode[] };

/**
 * A picture of things in tiers (top to bottom) with their links written as arrows with text. The picture is hidden
 * from assistive technology: `alternative` (e.g. a nested list) carries the same content and is the figure's text.
 */
export function TierDiagram({
  caption,
  tiers,
  emptyTier,
  alternative,
}: {
  caption: string;
  tiers: Tier[];
  emptyTier: string;
  alternative: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className="ds-tiers-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="ds-tiers-caption">
        {caption}
      </figcaption>
      <div className="ds-tiers" aria-hidden="true" data-testid="tier-diagram">
        {tiers.map((tier) => (
          <div key={tier.key} className="ds-tier">
            <div className="ds-tier-label">{tier.label}</div>
            <div className="ds-tier-nodes">
              {tier.nodes.length === 0 && <div className="ds-tier-empty">{emptyTier}</div>}
              {tier.nodes.map((node) => (
                <div key={node.key} className="ds-tier-node">
                  <strong>{node.title}</strong>
                  {node.lines?.map((line) => (
                    <span key={line} className="ds-tier-line">
                      {line}
                    </span>
                  ))}
                  {node.arrows?.map((arrow) => (
                    <span key={arrow} className="ds-tier-arrow">
                      <svg width="14" height="14" viewBox="0 0 14 14" focusable="false">
                        <path d="M7 13V2M2 6l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="2" />
                      </svg>{' '}
                      {arrow}
                    </span>
                  ))}
                  {node.children && node.children.length > 0 && (
                    <div className="ds-tier-children">
                      {node.children.map((child) => (
                        <div key={child.key} className="ds-tier-child">
                          {child.title}
                          {child.lines?.map((line) => (
                            <span key={line} className="ds-tier-line">
                              {line}
                            </span>
                          ))}
                        </div>
                      ))}
                    </div>
                  )}
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
      <div className="ds-tiers-alternative">{alternative}</div>
    </figure>
  );
}
