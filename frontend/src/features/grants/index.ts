export { grantRoutes } from './routes';
