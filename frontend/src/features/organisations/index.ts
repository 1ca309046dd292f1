export { EditOrganisationPage } from './routes/EditOrganisationPage';
export { NewOrganisationPage } from './routes/NewOrganisationPage';
export { OrganisationDetailPage } from './routes/OrganisationDetailPage';
export { OrganisationListPage } from './routes/OrganisationListPage';
export { parseOrganisationSearch } from './routes/searchParams';
