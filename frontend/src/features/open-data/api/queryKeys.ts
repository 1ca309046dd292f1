export const openDataKeys = {
  all: ['open-data'] as const,
  catalogue: () => [...openDataKeys.all, 'catalogue'] as const,
  webhooks: () => [...openDataKeys.all, 'webhooks'] as const,
  deliveries: (id: string, status: string | null) =>
    [...openDataKeys.webhooks(), id, 'deliveries', status ?? 'all'] as const,
};
