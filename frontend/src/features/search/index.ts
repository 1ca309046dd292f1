export { HeaderSearch } from './components/HeaderSearch';
export { searchRoutes } from './routes';
