export { accessibilityRoutes } from './routes';
