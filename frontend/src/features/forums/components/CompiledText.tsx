/**
 * The compiled report as the server writes it: "## Theme" lines start a theme, blank lines separate paragraphs.
 * Shown as headings and paragraphs (never as HTML from the text).
 */
export function CompiledText({ text }: { text: string }) {
  const blocks = text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean);
  return (
    <div className="compiled-report">
      {blocks.map((block, index) =>
        block.startsWith('## ') && !block.includes('\n') ? (
          <h3 key={index}>{block.slice(3)}</h3>
        ) : (
          <p key={index} className="preserve-lines">
            {block}
          </p>
        ),
      )}
    </div>
  );
}
