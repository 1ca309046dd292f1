import { Button } from './Button';
import './Pagination.css';

export type PaginationProps = {
  /** One-based. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  labels: {
    /** Landmark name, e.g. "Sidor". */
    navigation: string;
    previous: string;
    next: string;
    /** E.g. "Sida 2 av 5". */
    status: string;
  };
};

/** Previous/next paging with "page x of y". */
export function Pagination({ page, pageCount, onPageChange, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="ds-pagination" aria-label={labels.navigation}>
      <Button isDisabled={page <= 1} onPress={() => onPageChange(page - 1)}>
        <span aria-hidden="true">← </span>
        {labels.previous}
      </Button>
      <span className="ds-pagination-status" aria-current="page">
        {labels.status}
      </span>
      <Button isDisabled={page >= pageCount} onPress={() => onPageChange(page + 1)}>
        {labels.next}
        <span aria-hidden="true"> →</span>
      </Button>
    </nav>
  );
}
