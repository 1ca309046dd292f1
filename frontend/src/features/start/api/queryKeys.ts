export const taskKeys = {
  all: ['my-tasks'] as const,
  list: (query: object) => [...taskKeys.all, 'list', query] as const,
};
