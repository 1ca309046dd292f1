import './Spinner.css';
/** A loading indicator announced politely to screen readers. */
export function Spinner({ label }: { label: string }) {
  return (
    <div className="ds-spinner" role="status">
      <span className="ds-spinner-circle" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
