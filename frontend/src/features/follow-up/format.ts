/** "3.2 Hälsa", or the title alone for an area without a number (a monitored area). */
export function goalAreaName(goalArea: { number?: string | null; title: string }): string {
  return goalArea.number ? `${goalArea.number} ${goalArea.title}` : goalArea.title;
}
