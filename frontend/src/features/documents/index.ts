export { LazyDocumentsSection } from './components/LazyDocumentsSection';
export { documentRoutes } from './routes';
