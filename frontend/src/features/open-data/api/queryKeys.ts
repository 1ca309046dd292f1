export const openDataKeys = {
  all: ['open-data'] as const,
  catalogue: () => [...openDataKeys.all, 'catalogue'] as const,
  webhooks: () => [...openDataKeys.all, 'webhooks'] as const,
  deliveries: (id: string) => [...openDataKeys.webhooks(), id, 'deliveries'] as const,
};
