export { HeaderSearch } from './components/HeaderSearch';
export { SearchPage } from './routes/SearchPage';
export { parseSearchPageSearch } from './routes/searchParams';
