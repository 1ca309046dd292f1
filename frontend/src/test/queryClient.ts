// The app's query client for tests that render a part without the whole app (see renderApp for the whole app).
export { createQueryClient } from '../app/queryClient';
