export { agreementRoutes } from './routes';
