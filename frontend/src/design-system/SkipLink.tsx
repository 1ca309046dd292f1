import './SkipLink.css';
/** The first focusable element: jumps past the header to the main content. */
export function SkipLink({ target = 'main', children }: { target?: string; children: string }) {
  return (
    <a
      className="ds-skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const main = document.getElementById(target);
        if (main) {
          event.preventDefault();
          main.focus();
        }
      }}
    >
      {children}
    </a>
  );
}
