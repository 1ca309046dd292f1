export { openDataRoutes } from './routes';
