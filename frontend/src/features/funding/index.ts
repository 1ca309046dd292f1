export { fundingRoutes } from './routes';
