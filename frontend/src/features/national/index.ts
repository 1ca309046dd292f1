export { nationalRoutes } from './routes';
