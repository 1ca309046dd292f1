export { forumRoutes } from './routes';
