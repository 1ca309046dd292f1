/** Ten digits are shown the usual way, NNNNNN-NNNN; anything else as it is. */
export function formatOrganisationNumber(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return /^\d{10}$/.test(value) ? `${value.slice(0, 6)}-${value.slice(6)}` : value;
}
