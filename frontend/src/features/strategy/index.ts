export { strategyRoutes } from './routes';
