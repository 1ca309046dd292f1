import { useTranslation } from 'react-i18next';
import { Link, TierDiagram, type Tier } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { ForumStructure, ForumStructureNode } from '../types';
import { toForum } from '../../../lib/links';

/** "prepares for X" / "reports to X" of a node, from its parent link. */
function useRelationText() {
  const { t } = useTranslation();
  return (relation: 'PREPARES_FOR' | 'REPORTS_TO', name: string) => t(`forums.relation.${relation}`, { name });
}

/**
 * The county's forums drawn by level (national at the top) with their links as arrows with text, and the same
 * content as a nested list: the list is the figure's text alternative, the picture is hidden from screen readers.
 */
export function ForumStructureView({ structure }: { structure: ForumStructure }) {
  const { t, i18n } = useTranslation();
  const relationText = useRelationText();
  const date = (value?: string) => formatDate(value, locale(i18n.language));
  const linksFrom = (node: ForumStructureNode) =>
    structure.links.filter((link) => link.fromId === node.id).map((link) => relationText(link.relation, link.toName));
  const nodeLines = (node: ForumStructureNode) =>
    [
      t(`forumKind.${node.kind}`),
      node.convener && t('forums.structure.convener', { name: node.convener.name }),
      node.meetingsPerYear && t('forums.structure.meetingsPerYear', { count: node.meetingsPerYear }),
    ].filter((line): line is string => Boolean(line));
  const groupLines = (node: ForumStructureNode, group: ForumStructureNode['workingGroups'][number]) =>
    [
      relationText(group.relation, node.name),
      group.endsOn &&
        t(group.active ? 'forums.structure.endsOn' : 'forums.structure.ended', { date: date(group.endsOn) }),
    ].filter((line): line is string => Boolean(line));

  const tiers: Tier[] = structure.levels.map((level) => ({
    key: level.level,
    label: t(`levelOption.${level.level}`),
    nodes: level.forums.map((node) => ({
      key: node.id,
      title: node.name,
      lines: nodeLines(node),
      arrows: linksFrom(node),
      children: node.workingGroups.map((group) => ({
        key: group.id,
        title: group.name,
        lines: groupLines(node, group),
      })),
    })),
  }));

  const list = (
    <ul className="forum-structure-list">
      {structure.levels.map((level) => (
        <li key={level.level}>
          <h3>{t(`levelOption.${level.level}`)}</h3>
          {level.forums.length === 0 ? (
            <p>{t('forums.structure.noForums')}</p>
          ) : (
            <ul>
              {level.forums.map((node) => (
                <li key={node.id}>
                  <Link href={toForum({ id: node.id })}>{node.name}</Link> ({nodeLines(node).join(', ')})
                  {linksFrom(node).length > 0 && <span>. {linksFrom(node).join('. ')}</span>}
                  {node.workingGroups.length > 0 && (
                    <ul aria-label={t('forums.structure.workingGroupsOf', { name: node.name })}>
                      {node.workingGroups.map((group) => (
                        <li key={group.id}>
                          <Link href={toForum({ id: group.id })}>{group.name}</Link> ({t('forumKind.WORKING_GROUP')}
                          {`, ${groupLines(node, group).join(', ')}`})
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <TierDiagram
      caption={t('forums.structure.caption', { county: structure.countyName })}
      tiers={tiers}
      emptyTier={t('forums.structure.noForums')}
      alternative={list}
    />
  );
}
